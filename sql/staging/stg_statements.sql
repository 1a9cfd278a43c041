-- stg_statements: statements extracted from every revision
-- grain: one row per (statement_id, revision)
select distinct on (statement_id, revision) *
from read_parquet($statements_files, union_by_name = true)
order by statement_id, revision
