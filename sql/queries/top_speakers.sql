-- top_speakers: the most quoted speakers of the last days, by independent reports
-- grain: one row per speaker
-- param days: how many days back from today (default: 7)
-- param limit: at most this many rows (default: 20)
select
    s.name as speaker,
    sum(t.independent) as independent_reports,
    sum(t.statements) as statements,
    sum(t.threads) as threads,
    max(t.outlets) as max_outlets_a_day,
    max(t.day) as last_day
from speaker_timeline as t
inner join speakers as s on s.speaker_id = t.speaker_id
where t.day >= current_date - $days::int
group by s.name
order by independent_reports desc, statements desc, speaker
limit $limit::int
