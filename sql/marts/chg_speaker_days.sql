-- chg_speaker_days: the (speaker, UTC day) pairs whose statements or first-seen threads changed this build step
-- grain: one row per (speaker_id, day)
-- materialized: temp
select speaker_id, day from old_statements
union
select speaker_id, day from new_statements
union
select speaker_id, timezone('UTC', first_seen_at)::date as day from old_statement_threads
union
select speaker_id, timezone('UTC', first_seen_at)::date as day from new_statement_threads
