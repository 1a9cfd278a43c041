-- speaker_changes: a speaker's later statement on the same subject that changed the figure, or that negates an earlier statement, with both statements
-- grain: one row per (speaker_id, subject, change_kind, later_thread_id)
-- materialized: view
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
select
    speaker_id,
    subject,
    'figure' as change_kind,
    earlier_thread_id,
    earlier_statement_id,
    earlier_quote,
    earlier_value,
    earlier_qualifier,
    earlier_published_at,
    earlier_outlet,
    later_thread_id,
    later_statement_id,
    later_quote,
    later_value,
    later_qualifier,
    later_published_at,
    later_outlet,
    unit,
    change,
    days_between
from speaker_figure_changes

union all

select
    speaker_id,
    stance as subject,
    'contradiction' as change_kind,
    earlier_thread_id,
    earlier_statement_id,
    earlier_quote,
    null::double as earlier_value,
    null::varchar as earlier_qualifier,
    earlier_published_at,
    earlier_outlet,
    later_thread_id,
    later_statement_id,
    later_quote,
    null::double as later_value,
    null::varchar as later_qualifier,
    later_published_at,
    later_outlet,
    null::varchar as unit,
    null::double as change,
    days_between
from speaker_contradictions
