-- speaker_figure_changes: a speaker's statement on a subject whose figure differs from the speaker's previous statement on it
-- grain: one row per (speaker_id, subject, later_thread_id)
-- unique_key: speaker_id, subject, later_thread_id
-- scope: speaker_id, subject in chg_figure_subjects where later_published_at >= since
-- columns:
--   speaker_id: the speaker's id
--   subject: the claim subject (claim_series.subject)
--   earlier_thread_id: the speaker's previous statement thread on the subject
--   earlier_statement_id: its first occurrence
--   earlier_quote: what was said before
--   earlier_value: the figure said before
--   earlier_qualifier: its qualifier
--   earlier_published_at: when it was first published (UTC)
--   earlier_outlet: where it was first published
--   later_thread_id: the statement thread with the changed figure
--   later_statement_id: its first occurrence
--   later_quote: what was said later
--   later_value: the new figure
--   later_qualifier: its qualifier
--   later_published_at: when it was first published (UTC)
--   later_outlet: where it was first published
--   unit: the unit of the later figure
--   change: later_value minus earlier_value
--   days_between: days between the two first publications
with scope as (
    select speaker_id, subject, since from chg_figure_subjects
),

figures as (
    select
        c.speaker_id,
        c.subject,
        c.thread_id,
        c.statement_id,
        c.published_at,
        s.since
    from claim_series as c
    inner join scope as s on s.speaker_id = c.speaker_id and s.subject = c.subject
    where c.figure_rank = 1
),

previous as (
    select
        speaker_id,
        subject,
        arg_max(thread_id, {'published_at': published_at, 'thread_id': thread_id}) as thread_id
    from figures
    where published_at < since
    group by all
),

chosen as (
    select thread_id, subject, true as is_recent from figures where published_at >= since
    union all
    select thread_id, subject, false as is_recent from previous
),

ordered_figures as (
    select
        c.speaker_id,
        c.subject,
        c.thread_id,
        c.statement_id,
        c.quote,
        c.value,
        c.unit,
        c.qualifier,
        c.published_at,
        c.first_outlet as outlet,
        k.is_recent
    from claim_series as c
    inner join chosen as k on k.thread_id = c.thread_id and k.subject = c.subject
    where c.figure_rank = 1
),

steps as (
    select
        *,
        lag(thread_id) over w as prev_thread_id,
        lag(statement_id) over w as prev_statement_id,
        lag(quote) over w as prev_quote,
        lag(value) over w as prev_value,
        lag(qualifier) over w as prev_qualifier,
        lag(published_at) over w as prev_published_at,
        lag(outlet) over w as prev_outlet
    from ordered_figures
    window w as (partition by speaker_id, subject order by published_at, thread_id)
)

select
    speaker_id,
    subject,
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
    unit,
    value - prev_value as change,
    date_diff('day', prev_published_at, published_at) as days_between
from steps
where is_recent and prev_thread_id is not null and value <> prev_value
