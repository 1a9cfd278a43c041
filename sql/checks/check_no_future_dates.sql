-- check_no_future_dates: no article is dated more than a day after it was first seen
-- grain: one row per offending article
select r.article_id, r.published_at, r.first_seen_at
from new_int_articles as a
inner join int_article_revisions as r on r.article_id = a.article_id and r.revision = a.revision
where r.published_at > r.first_seen_at + interval 1 day
