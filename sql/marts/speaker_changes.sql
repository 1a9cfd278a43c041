-- speaker_changes: a speaker's later statement on the same subject that changed the figure, or that negates an earlier statement, with both statements
-- grain: one row per (speaker_id, subject, change_kind, later_thread_id)
-- unique_key: speaker_id, subject, change_kind, later_thread_id
-- scope: speaker_id, subject in chg_speaker_subjects
-- columns:
--   speaker_id: the speaker's id
--   subject: the claim subject (claim_series.subject) for figure changes; the shared stance words for contradictions
--   change_kind: figure (the number differs from the speaker's previous statement on the subject) or contradiction (same words, one negated)
--   earlier_thread_id: the previous statement thread on the subject
--   earlier_statement_id: its first occurrence
--   earlier_quote: what was said before
--   earlier_value: the number said before (figure changes)
--   earlier_qualifier: its qualifier
--   earlier_published_at: when it was first published (UTC)
--   earlier_outlet: where it was first published
--   later_thread_id: the later statement thread
--   later_statement_id: its first occurrence
--   later_quote: what was said later
--   later_value: the new number (figure changes)
--   later_qualifier: its qualifier
--   later_published_at: when it was first published (UTC)
--   later_outlet: where it was first published
--   unit: the unit of the later number
--   change: later_value minus earlier_value (figure changes)
--   days_between: days between the two first publications
with scope as (
    select speaker_id, subject from chg_speaker_subjects
),

figures as (
    select speaker_id, subject, thread_id, statement_id, quote, value, unit, qualifier, published_at, first_outlet as outlet
    from claim_series
    semi join scope using (speaker_id, subject)
    qualify row_number() over (partition by thread_id, subject order by position, claim_id) = 1
),

figure_steps as (
    select
        *,
        lag(thread_id) over w as prev_thread_id,
        lag(statement_id) over w as prev_statement_id,
        lag(quote) over w as prev_quote,
        lag(value) over w as prev_value,
        lag(qualifier) over w as prev_qualifier,
        lag(published_at) over w as prev_published_at,
        lag(outlet) over w as prev_outlet
    from figures
    window w as (partition by speaker_id, subject order by published_at, thread_id)
),

stances as (
    select
        speaker_id,
        stance as subject,
        thread_id,
        first_statement_id as statement_id,
        quote,
        negated,
        first_seen_at as published_at,
        first_outlet as outlet
    from statement_threads
    semi join scope on scope.speaker_id = statement_threads.speaker_id and scope.subject = statement_threads.stance
),

stance_steps as (
    select
        *,
        lag(thread_id) over w as prev_thread_id,
        lag(statement_id) over w as prev_statement_id,
        lag(quote) over w as prev_quote,
        lag(negated) over w as prev_negated,
        lag(published_at) over w as prev_published_at,
        lag(outlet) over w as prev_outlet
    from stances
    window w as (partition by speaker_id, subject order by published_at, thread_id)
),

changes as (
    select
        speaker_id,
        subject,
        'figure' as change_kind,
        prev_thread_id as earlier_thread_id,
        prev_statement_id as earlier_statement_id,
        prev_quote as earlier_quote,
        prev_value as earlier_value,
        prev_qualifier as earlier_qualifier,
        prev_published_at as earlier_published_at,
        prev_outlet as earlier_outlet,
        thread_id as later_thread_id,
        statement_id as later_statement_id,
        quote as later_quote,
        value as later_value,
        qualifier as later_qualifier,
        published_at as later_published_at,
        outlet as later_outlet,
        unit
    from figure_steps
    where prev_thread_id is not null and value <> prev_value

    union all

    select
        speaker_id,
        subject,
        'contradiction' as change_kind,
        prev_thread_id as earlier_thread_id,
        prev_statement_id as earlier_statement_id,
        prev_quote as earlier_quote,
        null::double as earlier_value,
        null::varchar as earlier_qualifier,
        prev_published_at as earlier_published_at,
        prev_outlet as earlier_outlet,
        thread_id as later_thread_id,
        statement_id as later_statement_id,
        quote as later_quote,
        null::double as later_value,
        null::varchar as later_qualifier,
        published_at as later_published_at,
        outlet as later_outlet,
        null::varchar as unit
    from stance_steps
    where prev_thread_id is not null and negated <> prev_negated
)

select
    *,
    later_value - earlier_value as change,
    date_diff('day', earlier_published_at, later_published_at) as days_between
from changes
