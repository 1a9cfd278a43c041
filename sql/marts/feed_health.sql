-- feed_health: the current state of every feed (active, backoff, dormant, gone, disabled)
-- grain: one row per feed
-- unique_key: feed
-- scope: feed in stg_feed_state
-- capture: feed
-- columns:
--   feed: the feed's name in the feeds file
--   url: the URL fetched now (after permanent redirects)
--   state: active, backoff (failing, retried later), dormant (failing for two weeks, asked weekly), gone (410) or disabled
--   consecutive_failures: failed fetches since the last success
--   last_status: result of the last fetch (ok, not_modified, unchanged, error, gone, retry_later, too_large)
--   last_error: the last fetch's error, if any
--   last_success_at: the last fetch that returned content or not-modified (UTC)
--   next_fetch_at: when the feed is due again (UTC)
--   last_fetch_at: the last fetch attempt (UTC)
--   last_http_status: HTTP status of the last fetch
--   original_url: the URL in the feeds file
--   outlet: the outlet of the feed
select
    feed,
    url,
    state,
    consecutive_failures,
    last_status,
    last_error,
    last_success_at,
    next_fetch_at,
    last_fetch_at,
    last_http_status,
    original_url,
    outlet
from stg_feed_state
