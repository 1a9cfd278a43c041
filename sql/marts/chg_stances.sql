-- chg_stances: the stances (speaker and stance words) that gained, lost or changed a thread this build step
-- grain: one row per stance_key
-- materialized: temp
select stance_key from old_statement_threads where stance_key is not null
union
select stance_key from new_statement_threads where stance_key is not null
