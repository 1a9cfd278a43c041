-- check_occurrences_have_threads: every statement occurrence belongs to a thread of the same speaker
-- grain: one row per offending occurrence
select o.statement_id, o.thread_id, o.speaker_id
from new_statement_occurrences as o
anti join statement_threads as t on t.thread_id = o.thread_id and t.speaker_id = o.speaker_id
