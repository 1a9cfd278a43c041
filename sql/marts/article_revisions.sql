-- article_revisions: every revision of every article
-- grain: one row per (article_id, revision)
with revisions as (
    select * from stg_article_revisions
)

select
    article_id,
    revision,
    seen_at,
    content_hash,
    title,
    text,
    text_source
from revisions
