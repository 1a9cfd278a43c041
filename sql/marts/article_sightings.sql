-- article_sightings: where and when each article was seen
-- grain: one row per (article_id, feed, url)
-- materialized: append
-- unique_key: article_id, feed, url
-- columns:
--   article_id: the article
--   feed: a feed that carried it
--   url: the URL it had in that feed
--   seen_at: the first time it was seen there (UTC)
select article_id, feed, url, seen_at
from stg_article_sightings
