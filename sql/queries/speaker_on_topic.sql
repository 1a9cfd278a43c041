-- speaker_on_topic: what one speaker said about a topic: every distinct statement whose quote or article headline contains all the topic's words, oldest first
-- grain: one row per statement thread
-- param speaker: the speaker's name, one of its aliases, or its speaker_id (case-insensitive)
-- param topic: words that must all occur in the quote or the headline (case-insensitive; "frozen assets", "truce")
-- param days: how many days back from today (default: 3650)
with speaker as (
    select speaker_id
    from speakers
    where lower(name) = lower($speaker)
        or speaker_id = $speaker
        or list_contains(list_transform(aliases, lambda a: lower(a)), lower($speaker))
),

topic as (
    select list_filter(string_split(lower(trim($topic)), ' '), lambda w: w <> '') as words
),

threads as (
    select t.*, a.title
    from statement_threads as t
    semi join speaker as s on s.speaker_id = t.speaker_id
    left join articles as a on a.article_id = t.first_article_id
    where t.first_seen_at >= now() - to_days($days::int)
)

select
    t.first_seen_at,
    t.first_outlet,
    t.kind,
    t.quote,
    t.title as headline,
    t.n_outlets,
    t.n_independent,
    t.last_seen_at,
    t.thread_id
from threads as t, topic
where len(topic.words) > 0
    and list_bool_and(
        list_transform(topic.words, lambda w: contains(lower(t.quote), w) or contains(lower(coalesce(t.title, '')), w))
    )
order by t.first_seen_at, t.thread_id  -- ties (one article's statements): one order whatever the feed order
