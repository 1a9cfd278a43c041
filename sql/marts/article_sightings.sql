-- article_sightings: where and when each article was seen
-- grain: one row per (article_id, feed, url)
select article_id, feed, url, seen_at
from stg_article_sightings
