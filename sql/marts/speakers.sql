-- speakers: every speaker id with its most used name and every alias seen
-- grain: one row per speaker_id
-- unique_key: speaker_id
-- scope: speaker_id in chg_speakers
-- capture: speaker_id
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

days as (
    select speaker_id, statements, new_threads, first_at, last_at, names
    from speaker_timeline
    semi join scope using (speaker_id)
),

names as (
    select d.speaker_id, u.name.name as speaker, u.name.speaker_type as speaker_type, sum(u.name.n) as n
    from days as d, unnest(d.names) as u(name)
    group by all
),

named as (
    select
        speaker_id,
        arg_max(speaker, {'n': n, 'speaker': speaker}) as name,
        list(speaker order by n desc, speaker) as aliases
    from (select speaker_id, speaker, sum(n) as n from names group by all)
    group by speaker_id
),

types as (
    select speaker_id, arg_max(speaker_type, {'n': n, 'speaker_type': speaker_type}) as speaker_type
    from (select speaker_id, speaker_type, sum(n) as n from names group by all)
    group by speaker_id
),

totals as (
    select
        speaker_id,
        sum(statements)::bigint as n_statements,
        sum(new_threads)::bigint as n_threads,
        min(first_at) as first_seen_at,
        max(last_at) as last_seen_at
    from days
    group by speaker_id
)

select
    n.speaker_id,
    n.name,
    n.aliases,
    y.speaker_type,
    t.n_statements,
    t.n_threads,
    t.first_seen_at,
    t.last_seen_at
from named as n
inner join types as y on y.speaker_id = n.speaker_id
inner join totals as t on t.speaker_id = n.speaker_id
