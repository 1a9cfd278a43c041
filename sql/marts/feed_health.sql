-- feed_health: the current state of every feed (active, backoff, gone, disabled)
-- grain: one row per feed
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
