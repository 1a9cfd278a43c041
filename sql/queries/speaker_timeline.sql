-- speaker_timeline: what one speaker said per day: statements, distinct statements (threads), new threads, outlets
-- grain: one row per day with statements
-- param speaker: the speaker's name, one of its aliases, or its speaker_id (case-insensitive)
-- param days: how many days back from today (default: 3650)
with speaker as (
    select speaker_id, name
    from speakers
    where lower(name) = lower($speaker)
        or speaker_id = $speaker
        or list_contains(list_transform(aliases, lambda a: lower(a)), lower($speaker))
)

select
    t.day,
    s.name as speaker,
    t.statements,
    t.threads,
    t.new_threads,
    t.outlets,
    t.independent
from speaker_timeline as t
inner join speaker as s on s.speaker_id = t.speaker_id
where t.day >= current_date - $days::int
order by t.day, t.speaker_id
