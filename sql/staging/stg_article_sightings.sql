-- stg_article_sightings: first time each article was seen in each feed at each URL, in the absorbed files
-- grain: one row per (article_id, feed, url)
-- materialized: temp
select article_id, feed, url, min(seen_at) as seen_at
from read_parquet($article_sightings_files, union_by_name = true)
group by all
