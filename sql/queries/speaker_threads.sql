-- speaker_threads: the distinct statements of one speaker, newest first, with where they appeared first and how far they spread
-- grain: one row per statement thread
-- param speaker: the speaker's name, one of its aliases, or its speaker_id (case-insensitive)
-- param limit: at most this many rows (default: 50)
with speaker as (
    select speaker_id
    from speakers
    where lower(name) = lower($speaker)
        or speaker_id = $speaker
        or list_contains(list_transform(aliases, lambda a: lower(a)), lower($speaker))
)

select
    t.first_seen_at,
    t.first_outlet,
    t.quote,
    t.n_outlets,
    t.n_independent,
    t.n_articles,
    t.last_seen_at,
    t.thread_id
from statement_threads as t
semi join speaker as s on s.speaker_id = t.speaker_id
order by t.first_seen_at desc, t.thread_id  -- ties: one order, and the same rows kept by the limit
limit $limit::int
