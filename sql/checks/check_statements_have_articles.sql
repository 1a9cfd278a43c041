-- check_statements_have_articles: every statement belongs to an article in articles
-- grain: one row per orphan statement
select s.statement_id, s.article_id
from new_statements as s
anti join int_articles as a on a.article_id = s.article_id
