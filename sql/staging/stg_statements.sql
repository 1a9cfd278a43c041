-- stg_statements: statements in the absorbed files (batch_id: the extraction that produced them; '' before extractions were logged)
-- grain: one row per (statement_id, revision, batch_id)
-- materialized: temp
with lake as (
    select
        * exclude (filename) replace (coalesce(batch_id, '') as batch_id),
        $statements_seqs[list_position($statements_files, filename)]::bigint as lake_seq
    from read_parquet($statements_files, union_by_name = true, filename = true)
)

select distinct on (statement_id, revision, batch_id) *
from lake
order by statement_id, revision, batch_id
