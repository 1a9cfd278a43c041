-- chg_articles: the articles this build step touches (a new revision, extraction, statements or claims)
-- grain: one row per article_id
-- materialized: temp
select article_id from stg_article_revisions
union
select article_id from stg_extractions
union
select article_id from stg_statements
union
select article_id from stg_claims
