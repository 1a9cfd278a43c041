-- chg_threads: the statement threads this build step gained, lost or changed an occurrence of
-- grain: one row per thread_id
-- materialized: temp
select thread_id from old_statements
union
select thread_id from new_statements
