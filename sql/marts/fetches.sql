-- fetches: one row per fetch attempt of a feed
-- grain: one row per fetch attempt
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
