-- check_articles_unique: article_id is unique and not null in articles
-- grain: one row per offending article_id
select article_id, count(*) as n
from articles
group by article_id
having count(*) > 1 or article_id is null
