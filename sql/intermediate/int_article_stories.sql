-- int_article_stories: the story of each article: the pipeline's story of the earliest article with the same copy key
-- grain: one row per article_id
-- unique_key: article_id
-- scope: article_id in chg_copies
-- capture: article_id, story_id
-- columns:
--   article_id: the article
--   story_id: its story: syndicated copies (identical title and text of at least min_copy_chars) share the story of the first copy seen
with scope as (
    select article_id from chg_copies
),

heads as (
    select article_id, copy_key, pipeline_story_id, first_seen_at, published_at
    from int_article_heads
    where copy_key in (select h.copy_key from int_article_heads as h semi join scope using (article_id))
),

leaders as (
    select
        copy_key,
        arg_min(pipeline_story_id, {'first_seen_at': first_seen_at, 'published_at': published_at, 'article_id': article_id}) as story_id
    from heads
    group by copy_key
)

select
    h.article_id,
    l.story_id
from heads as h
inner join leaders as l on l.copy_key = h.copy_key
semi join scope as s on s.article_id = h.article_id
