-- speaker_timeline: what each speaker said per day: statements, distinct statements (threads), outlets
-- grain: one row per (speaker_id, day)
-- unique_key: speaker_id, day
-- scope: speaker_id, day in chg_speaker_days
-- capture: speaker_id, day
-- columns:
--   speaker_id: the speaker's id (join speakers for the name)
--   day: the UTC day of publication
--   statements: statement occurrences published that day
--   threads: distinct statement threads among them
--   new_threads: threads first seen that day
--   articles: articles carrying them
--   outlets: distinct outlets carrying them
--   independent: independent reports (articles counted once per story)
--   first_at: the first of them (UTC)
--   last_at: the last of them (UTC)
--   names: the names the speaker was given that day, with speaker_type and count (speakers is computed from these)
with scope as (
    select speaker_id, day from chg_speaker_days
),

occurrences as (
    select speaker_id, day, thread_id, article_id, outlet, story_id, speaker, speaker_type, published_at
    from statements
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
        count(distinct story_id) as independent,
        min(published_at) as first_at,
        max(published_at) as last_at
    from occurrences
    group by all
),

named as (
    select speaker_id, day, speaker as name, speaker_type, count(*) as n
    from occurrences
    group by all
),

names as (
    select speaker_id, day, list({'name': name, 'speaker_type': speaker_type, 'n': n} order by n desc, name) as names
    from named
    group by all
),

day_threads as (  -- a thread first seen on a day has an occurrence that day (all its occurrences have its speaker)
    select distinct speaker_id, day, thread_id
    from occurrences
),

first_days as (
    select thread_id, timezone('UTC', first_seen_at)::date as first_day
    from statement_threads
    semi join day_threads using (thread_id)
),

firsts as (
    select d.speaker_id, d.day, count(*) as new_threads
    from day_threads as d
    inner join first_days as f on f.thread_id = d.thread_id and f.first_day = d.day
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
    d.independent,
    d.first_at,
    d.last_at,
    n.names
from daily as d
inner join names as n on n.speaker_id = d.speaker_id and n.day = d.day
left join firsts as f on f.speaker_id = d.speaker_id and f.day = d.day
