-- int_articles_latest: the latest revision of each article, with its story's original copy marked
-- grain: one row per article_id
with revisions as (
    select * from stg_article_revisions
),

latest as (
    select *
    from revisions
    qualify row_number() over (partition by article_id order by revision desc) = 1
),

stories as (
    select
        *,
        coalesce(nullif(story_id, ''), article_id) as story_key
    from latest
)

select
    * exclude (story_id, story_key),
    story_key as story_id,
    row_number() over (
        partition by story_key order by published_at, first_seen_at, article_id
    ) = 1 as is_original
from stories
