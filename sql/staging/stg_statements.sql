-- stg_statements: statements in the absorbed files (batch_id: the extraction that produced them; '' before extractions were logged)
-- grain: one row per (statement_id, revision, batch_id)
-- materialized: temp
with lake as (
    select * replace (coalesce(batch_id, '') as batch_id)
    from read_parquet($statements_files, union_by_name = true)
)

select distinct on (statement_id, revision, batch_id) *
from lake
order by statement_id, revision, batch_id
