-- chg_story_members: the articles to recompute this build step: every member of a story that gained, lost or changed an article
-- grain: one row per article_id
-- materialized: temp
with stories as (
    select story_id from old_int_article_stories
    union
    select story_id from new_int_article_stories
)

select article_id from int_article_stories semi join stories using (story_id)
union
select article_id from chg_copies
