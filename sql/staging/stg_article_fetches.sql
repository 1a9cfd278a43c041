-- stg_article_fetches: article page fetch attempts in the absorbed files
-- grain: one row per page fetch attempt (fetch_id)
-- materialized: temp
select distinct on (fetch_id) *
from read_parquet($article_fetches_files, union_by_name = true)
order by fetch_id
