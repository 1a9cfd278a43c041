-- check_no_future_dates: no article is dated more than a day after it was first seen
-- grain: one row per offending article
select article_id, published_at, first_seen_at
from new_articles
where published_at > first_seen_at + interval 1 day
