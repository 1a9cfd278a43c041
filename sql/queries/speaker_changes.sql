-- speaker_changes: changed figures and contradictions, newest first; for one speaker or everyone
-- grain: one row per change
-- param speaker: the speaker's name, an alias or speaker_id; empty for every speaker (default: )
-- param days: how many days back from today (default: 3650)
with chosen as (
    select speaker_id, name
    from speakers
    where $speaker = ''
        or lower(name) = lower($speaker)
        or speaker_id = $speaker
        or list_contains(list_transform(aliases, lambda a: lower(a)), lower($speaker))
)

select
    c.later_published_at,
    s.name as speaker,
    c.subject,
    c.change_kind,
    c.earlier_value,
    c.later_value,
    c.unit,
    c.earlier_outlet,
    c.later_outlet,
    c.earlier_quote,
    c.later_quote
from speaker_changes as c
inner join chosen as s on s.speaker_id = c.speaker_id
where c.later_published_at >= now() - to_days($days::int)
order by c.later_published_at desc, s.name, c.speaker_id, c.subject, c.change_kind, c.later_thread_id  -- ties: one order
