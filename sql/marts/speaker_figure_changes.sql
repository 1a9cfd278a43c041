-- speaker_figure_changes: a speaker's statement on a subject whose figure differs from the speaker's previous statement on it
-- grain: one row per (speaker_id, subject, later_thread_id)
-- unique_key: speaker_id, subject, later_thread_id
-- scope: speaker_id, subject, later_thread_id in chg_figure_threads
-- capture: speaker_id, subject, later_thread_id
-- columns:
--   speaker_id: the speaker's id
--   subject: the claim subject (claim_series.subject)
--   earlier_thread_id: the speaker's previous statement thread on the subject
--   earlier_statement_id: its first occurrence
--   earlier_quote: what was said before
--   earlier_value: the figure said before
--   earlier_qualifier: its qualifier
--   earlier_published_at: when it was first published in a story's original (UTC; claim_series.reported_at)
--   earlier_outlet: where (claim_series.reported_outlet)
--   later_thread_id: the statement thread with the changed figure
--   later_statement_id: its first occurrence
--   later_quote: what was said later
--   later_value: the new figure
--   later_qualifier: its qualifier
--   later_published_at: when it was first published in a story's original (UTC): a figure only syndicated copies carry is no change of the speaker's
--   later_outlet: where (claim_series.reported_outlet)
--   unit: the unit of the later figure
--   change: later_value minus earlier_value
--   days_between: days between the two first publications in originals
with scope as (
    select speaker_id, subject, later_thread_id as thread_id from chg_figure_threads
),

targets as (
    select
        speaker_id,
        subject,
        thread_id,
        statement_id,
        quote,
        value,
        unit,
        qualifier,
        reported_at,
        reported_outlet,
        lpad(epoch_us(reported_at)::varchar, 20, '0') || thread_id as order_key
    from claim_series
    semi join scope using (speaker_id, subject, thread_id)
    where figure_rank = 1 and reported_at is not null
),

earliest as (
    select speaker_id, subject, min(reported_at) as first_at
    from targets
    group by all
),

anchors as (  -- per pair, the last time a figure was given before its earliest target (the earliest target's time if none)
    select e.speaker_id, e.subject, coalesce(max(c.reported_at), any_value(e.first_at)) as since
    from earliest as e
    left join claim_series as c
        on c.speaker_id = e.speaker_id and c.subject = e.subject and c.reported_at < e.first_at and c.figure_rank = 1 and c.reported_at is not null
    group by all
),

figures as (  -- every target's previous figure is given at or after its pair's anchor
    select c.speaker_id, c.subject, c.thread_id, lpad(epoch_us(c.reported_at)::varchar, 20, '0') || c.thread_id as order_key
    from claim_series as c
    inner join anchors as a on a.speaker_id = c.speaker_id and a.subject = c.subject and c.reported_at >= a.since
    where c.figure_rank = 1 and c.reported_at is not null
),

paired as (
    select t.*, p.thread_id as prev_thread_id
    from targets as t
    asof join figures as p on p.speaker_id = t.speaker_id and p.subject = t.subject and p.order_key < t.order_key
),

previous as (
    select thread_id, subject, statement_id, quote, value, qualifier, reported_at, reported_outlet
    from claim_series
    semi join paired on paired.prev_thread_id = claim_series.thread_id and paired.subject = claim_series.subject
    where figure_rank = 1 and reported_at is not null
),

steps as (
    select
        t.*,
        p.statement_id as prev_statement_id,
        p.quote as prev_quote,
        p.value as prev_value,
        p.qualifier as prev_qualifier,
        p.reported_at as prev_reported_at,
        p.reported_outlet as prev_outlet
    from paired as t
    inner join previous as p on p.thread_id = t.prev_thread_id and p.subject = t.subject
)

select
    speaker_id,
    subject,
    prev_thread_id as earlier_thread_id,
    prev_statement_id as earlier_statement_id,
    prev_quote as earlier_quote,
    prev_value as earlier_value,
    prev_qualifier as earlier_qualifier,
    prev_reported_at as earlier_published_at,
    prev_outlet as earlier_outlet,
    thread_id as later_thread_id,
    statement_id as later_statement_id,
    quote as later_quote,
    value as later_value,
    qualifier as later_qualifier,
    reported_at as later_published_at,
    reported_outlet as later_outlet,
    unit,
    value - prev_value as change,
    date_diff('day', prev_reported_at, reported_at) as days_between
from steps
where value <> prev_value
