-- chg_speaker_subjects: the (speaker, subject) pairs whose figures or stances changed this build step
-- grain: one row per (speaker_id, subject)
-- materialized: temp
select speaker_id, subject from old_claim_series
union
select speaker_id, subject from new_claim_series
union
select speaker_id, stance as subject from old_statement_threads where stance <> ''
union
select speaker_id, stance as subject from new_statement_threads where stance <> ''
