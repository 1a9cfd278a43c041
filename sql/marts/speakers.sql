-- speakers: every speaker id with its most used name and every alias seen
-- grain: one row per speaker_id
-- unique_key: speaker_id
-- scope: speaker_id in chg_speakers
-- columns:
--   speaker_id: the speaker's id
--   name: the name most often resolved for the id
--   aliases: every name resolved for the id, most used first
--   speaker_type: person, organisation, group, anonymous or unknown (the most frequent)
--   n_statements: statements (occurrences) by the speaker
--   n_threads: distinct statement threads by the speaker
--   first_seen_at: the speaker's earliest statement (UTC)
--   last_seen_at: the speaker's latest statement (UTC)
with scope as (
    select speaker_id from chg_speakers
),

spoken as (
    select speaker_id, speaker, speaker_type, thread_id, published_at
    from statements
    semi join scope using (speaker_id)
),

names as (
    select speaker_id, speaker, any_value(speaker_type) as speaker_type, count(*) as n
    from spoken
    group by all
),

named as (
    select
        speaker_id,
        arg_max(speaker, n) as name,
        list(speaker order by n desc, speaker) as aliases,
        arg_max(speaker_type, n) as speaker_type
    from names
    group by speaker_id
),

totals as (
    select
        speaker_id,
        count(*) as n_statements,
        count(distinct thread_id) as n_threads,
        min(published_at) as first_seen_at,
        max(published_at) as last_seen_at
    from spoken
    group by speaker_id
)

select
    n.speaker_id,
    n.name,
    n.aliases,
    n.speaker_type,
    t.n_statements,
    t.n_threads,
    t.first_seen_at,
    t.last_seen_at
from named as n
inner join totals as t on t.speaker_id = n.speaker_id
