-- speaker_timeline: what each speaker said per day: statements, distinct statements (threads), outlets
-- grain: one row per (speaker_id, day)
-- unique_key: speaker_id, day
-- scope: speaker_id, day in chg_speaker_days
-- columns:
--   speaker_id: the speaker's id (join speakers for the name)
--   day: the UTC day of publication
--   statements: statement occurrences published that day
--   threads: distinct statement threads among them
--   new_threads: threads first seen that day
--   articles: articles carrying them
--   outlets: distinct outlets carrying them
--   independent: independent reports (articles counted once per story)
with scope as (
    select speaker_id, day from chg_speaker_days
),

occurrences as (
    select speaker_id, day, thread_id, article_id, outlet, story_id
    from statement_occurrences
    semi join scope using (speaker_id, day)
),

daily as (
    select
        speaker_id,
        day,
        count(*) as statements,
        count(distinct thread_id) as threads,
        count(distinct article_id) as articles,
        count(distinct outlet) as outlets,
        count(distinct story_id) as independent
    from occurrences
    group by all
),

thread_days as (
    select speaker_id, timezone('UTC', first_seen_at)::date as day
    from statement_threads
    semi join (select distinct speaker_id from scope) using (speaker_id)
),

firsts as (
    select speaker_id, day, count(*) as new_threads
    from thread_days
    semi join scope using (speaker_id, day)
    group by all
)

select
    d.speaker_id,
    d.day,
    d.statements,
    d.threads,
    coalesce(f.new_threads, 0) as new_threads,
    d.articles,
    d.outlets,
    d.independent
from daily as d
left join firsts as f on f.speaker_id = d.speaker_id and f.day = d.day
