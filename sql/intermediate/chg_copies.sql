-- chg_copies: the articles whose story may change this build step: those sharing a copy key (identical long text) with a touched article, before or after
-- grain: one row per article_id
-- materialized: temp
with copy_keys as (
    select copy_key from old_int_article_heads
    union
    select copy_key from new_int_article_heads
)

select article_id from int_article_heads semi join copy_keys using (copy_key)
union
select article_id from chg_articles
