-- failing_feeds: feeds that are not healthy, worst first
-- grain: one row per feed
select feed, state, consecutive_failures, last_status, last_error, last_success_at, next_fetch_at
from feed_health
where state <> 'active' or last_status not in ('ok', 'not_modified', 'unchanged')
order by consecutive_failures desc, feed
