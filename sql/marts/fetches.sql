-- fetches: one row per fetch attempt of a feed
-- grain: one row per fetch attempt
-- materialized: append
-- unique_key: fetch_id
-- columns:
--   feed: the feed's name
--   url: the URL asked for
--   fetched_at: when (UTC)
--   status: ok, not_modified, unchanged, error, gone, retry_later or too_large
--   http_status: the HTTP status, when there was a response
--   items: entries in the feed
--   new_articles: articles seen for the first time in this fetch
--   error: what went wrong, if anything
--   bytes: size of the body
--   duration_ms: time taken
--   final_url: the URL after redirects
--   fetch_id: the attempt (sha1 of feed, URL and time)
select
    feed,
    url,
    fetched_at,
    status,
    http_status,
    items,
    new_articles,
    error,
    bytes,
    duration_ms,
    final_url,
    fetch_id
from stg_fetches
