-- check_statements_complete: every statement has an article, a speaker id, a quote and a thread
-- grain: one row per offending statement
select statement_id, article_id, speaker_id, quote, thread_id
from new_statements
where article_id is null or speaker_id is null or quote is null or thread_id is null
