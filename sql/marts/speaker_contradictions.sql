-- speaker_contradictions: a speaker's statement that negates the speaker's previous statement with the same words
-- grain: one row per later_thread_id
-- unique_key: later_thread_id
-- scope: stance_key in chg_stances
-- capture: later_thread_id
-- columns:
--   speaker_id: the speaker's id
--   stance: the shared content words without negations
--   stance_key: hash of speaker and stance
--   earlier_thread_id: the previous statement thread with these words
--   earlier_statement_id: its first occurrence
--   earlier_quote: what was said before
--   earlier_negated: the earlier statement is negated
--   earlier_published_at: when it was first published (UTC)
--   earlier_outlet: where it was first published
--   later_thread_id: the statement thread that flips it
--   later_statement_id: its first occurrence
--   later_quote: what was said later
--   later_published_at: when it was first published (UTC)
--   later_outlet: where it was first published
--   days_between: days between the two first publications
with scope as (
    select stance_key from chg_stances
),

stances as (
    select speaker_id, stance, stance_key, thread_id, first_statement_id, quote, negated, first_seen_at, first_outlet
    from statement_threads
    semi join scope using (stance_key)
),

steps as (
    select
        *,
        lag(thread_id) over w as prev_thread_id,
        lag(first_statement_id) over w as prev_statement_id,
        lag(quote) over w as prev_quote,
        lag(negated) over w as prev_negated,
        lag(first_seen_at) over w as prev_published_at,
        lag(first_outlet) over w as prev_outlet
    from stances
    window w as (partition by stance_key order by first_seen_at, thread_id)
)

select
    speaker_id,
    stance,
    stance_key,
    prev_thread_id as earlier_thread_id,
    prev_statement_id as earlier_statement_id,
    prev_quote as earlier_quote,
    prev_negated as earlier_negated,
    prev_published_at as earlier_published_at,
    prev_outlet as earlier_outlet,
    thread_id as later_thread_id,
    first_statement_id as later_statement_id,
    quote as later_quote,
    first_seen_at as later_published_at,
    first_outlet as later_outlet,
    date_diff('day', prev_published_at, first_seen_at) as days_between
from steps
where prev_thread_id is not null and negated <> prev_negated
