-- check_statements_have_threads: every statement belongs to a thread of the same speaker
-- grain: one row per offending statement
select s.statement_id, s.thread_id, s.speaker_id
from new_statements as s
anti join statement_threads as t on t.thread_id = s.thread_id and t.speaker_id = s.speaker_id
