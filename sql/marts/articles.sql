-- articles: the latest revision of every article
-- grain: one row per article_id
with latest as (
    select * from int_articles_latest
)

select
    article_id,
    feed,
    outlet,
    url,
    canonical_url,
    title,
    text,
    published_at,
    first_seen_at,
    language,
    story_id,
    is_original,
    revision,
    date_trusted,
    text_source,
    content_hash
from latest
