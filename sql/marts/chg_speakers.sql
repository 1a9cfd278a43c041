-- chg_speakers: the speakers whose days changed this build step
-- grain: one row per speaker_id
-- materialized: temp
select distinct speaker_id from chg_speaker_days
