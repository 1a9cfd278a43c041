-- stg_feed_state: the newest state of each feed among the absorbed files (by last fetch)
-- grain: one row per feed
-- materialized: temp
select distinct on (feed) * exclude (filename)
from read_parquet($feed_state_files, union_by_name = true, filename = true)
order by feed, last_fetch_at desc nulls last, filename desc
