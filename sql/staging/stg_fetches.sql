-- stg_fetches: fetch attempts
-- grain: one row per fetch attempt (fetch_id)
select distinct on (fetch_id) *
from read_parquet($fetches_files, union_by_name = true)
order by fetch_id
