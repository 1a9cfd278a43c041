-- check_statements_unique: statement_id is unique and not null, speaker_id is not null
-- grain: one row per offending statement_id
select statement_id, count(*) as n
from statements
group by statement_id
having count(*) > 1 or statement_id is null or bool_or(speaker_id is null)
