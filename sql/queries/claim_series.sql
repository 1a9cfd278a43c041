-- claim_series: the figures one speaker gave over time, per subject
-- grain: one row per number in a distinct statement (reported_at empty: only syndicated copies carry it, their story's original says otherwise or nothing)
-- param speaker: the speaker's name, one of its aliases, or its speaker_id (case-insensitive)
-- param subject: only this subject, e.g. "ammunition share"; empty for all (default: )
with speaker as (
    select speaker_id
    from speakers
    where lower(name) = lower($speaker)
        or speaker_id = $speaker
        or list_contains(list_transform(aliases, lambda a: lower(a)), lower($speaker))
)

select
    c.subject,
    c.published_at,
    c.qualifier,
    c.value,
    c.unit,
    c.first_outlet,
    c.reported_at,
    c.n_outlets,
    c.quote
from claim_series as c
semi join speaker as s on s.speaker_id = c.speaker_id
where $subject = '' or c.subject = $subject
order by c.subject, c.published_at, c.thread_id, c.position, c.claim_id  -- ties: one order whatever the feed order
