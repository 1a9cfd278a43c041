-- chg_speakers: the speakers this build step gained, lost or changed a statement of
-- grain: one row per speaker_id
-- materialized: temp
select speaker_id from old_statements
union
select speaker_id from new_statements
