-- stg_feed_state: the latest snapshot of per-feed fetch state
-- grain: one row per feed
select *
from read_parquet($feed_state_files, union_by_name = true)
