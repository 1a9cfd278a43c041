-- int_history_locations: the lake batches that hold the statements and claims of each extraction of each article revision (a build reads only those batches' row groups of the histories)
-- grain: one row per (article_id, revision, batch_id, lake_seq)
-- materialized: append
-- unique_key: article_id, revision, batch_id, lake_seq
-- columns:
--   article_id: the article
--   revision: the revision
--   batch_id: the extraction ('' before extractions were logged)
--   lake_seq: the catalog seq of a lake batch holding statements or claims of that extraction
with statement_batches as (
    select article_id, revision, batch_id, lake_seq from stg_statements
),

claim_batches as (
    select article_id, revision, batch_id, lake_seq from stg_claims
)

select article_id, revision, batch_id, lake_seq from statement_batches
union
select article_id, revision, batch_id, lake_seq from claim_batches
