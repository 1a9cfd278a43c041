-- chg_figure_subjects: the (speaker, subject) pairs whose figures changed this build step, and the earliest time a change touches
-- grain: one row per (speaker_id, subject)
-- materialized: temp
with changed as (
    select speaker_id, subject, published_at from old_claim_series
    union all
    select speaker_id, subject, published_at from new_claim_series
)

select speaker_id, subject, min(published_at) as since
from changed
group by all
