-- int_articles: which revision of each article is current, its story, and whether it is the story's original
-- grain: one row per article_id
-- unique_key: article_id
-- scope: article_id in chg_story_members
-- capture: article_id
-- columns:
--   article_id: the article
--   revision: its latest revision (int_article_revisions holds the text)
--   seen_at: when that revision was stored (UTC)
--   story_id: the story: syndicated copies share it (the pipeline's story, or the first copy with the identical title and text)
--   is_original: the earliest published article of its story (ties: first seen, then article_id)
with scope as (
    select article_id from chg_story_members
),

heads as (
    select article_id, revision, seen_at, published_at, first_seen_at
    from int_article_heads
    semi join scope using (article_id)
),

stories as (
    select article_id, story_id from int_article_stories semi join scope using (article_id)
)

select
    h.article_id,
    h.revision,
    h.seen_at,
    s.story_id,
    row_number() over (
        partition by s.story_id order by h.published_at, h.first_seen_at, h.article_id
    ) = 1 as is_original
from heads as h
inner join stories as s on s.article_id = h.article_id
