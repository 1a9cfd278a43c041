-- stg_fetches: fetch attempts in the absorbed files
-- grain: one row per fetch attempt (fetch_id)
-- materialized: temp
select distinct on (fetch_id) *
from read_parquet($fetches_files, union_by_name = true)
order by fetch_id
