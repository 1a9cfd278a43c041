-- claim_series: the numbers each speaker gave on each subject over time, one row per number of each distinct statement
-- grain: one row per claim of each thread's first occurrence (claim_id)
-- unique_key: claim_id
-- scope: thread_id in chg_threads
-- capture: claim_id, speaker_id, subject, thread_id, published_at, figure_rank, reported_at
-- columns:
--   speaker_id: the speaker's id
--   subject: what the number is about: the unit for counted things ("drones"), else the nearest content word after the number plus "share" for % and fractions ("ammunition share"), "ratio" for multiples, nothing for bare numbers
--   published_at: when the statement was first published (the thread's first_seen_at, UTC)
--   value: the number as a float
--   unit: what is counted as extracted ("%", "drones", "times", "fraction", "")
--   qualifier: "", "up to", "more than", "at least", "about", "nearly", "less than"
--   claim_text: the number as written ("up to 40%")
--   quote: the statement (the thread's representative quote)
--   keyword: the content word nearest the number that names the subject
--   position: character position of the number in the quote (1-based; 0 when not found)
--   thread_id: the statement thread
--   statement_id: the thread's first occurrence
--   claim_id: the claim in that occurrence
--   first_outlet: the outlet that published the statement first
--   last_seen_at: when the statement was last published (UTC)
--   n_outlets: distinct outlets that carried the statement
--   n_independent: independent reports of the statement (syndicated copies count once)
--   reported_at: when the statement was first published in a story's original (the thread's first_reported_at, UTC): the time speaker_changes orders figures by; null for a figure only syndicated copies carry (a copy's or a revision's edit that its story's original does not say), which speaker_changes skips
--   reported_outlet: the outlet of that occurrence
--   figure_rank: 1 for the first number of the statement on this subject (the one speaker_changes compares), 2 for the next, …
with scope as (
    select thread_id from chg_threads
),

threads as (  -- statement_threads was just recomputed for this scope: its rows of these threads are its new rows
    select
        thread_id, speaker_id, first_statement_id, quote, first_seen_at, first_outlet, last_seen_at, n_outlets, n_independent,
        first_reported_at, first_reported_outlet
    from new_statement_threads
    semi join scope using (thread_id)
),

thread_claims as (
    select c.claim_id, c.statement_id, c.value, c.unit, c.qualifier, c.text
    from claims as c
    semi join threads as t on t.first_statement_id = c.statement_id
),

located as (
    select
        c.*,
        t.thread_id,
        t.speaker_id,
        t.quote,
        t.first_seen_at,
        t.first_outlet,
        t.last_seen_at,
        t.n_outlets,
        t.n_independent,
        t.first_reported_at,
        t.first_reported_outlet,
        strpos(lower(t.quote), lower(c.text)) as position
    from thread_claims as c
    inner join threads as t on t.first_statement_id = c.statement_id
),

split as (
    select
        *,
        string_split(regexp_replace(lower(substr(quote, position + length(text))), '[^\p{L}]+', ' ', 'g'), ' ') as words_after,
        string_split(regexp_replace(lower(substr(quote, 1, greatest(position - 1, 0))), '[^\p{L}]+', ' ', 'g'), ' ') as words_before
    from located
),

keyworded as (
    select
        *,
        coalesce(
            list_filter(words_after, lambda w: length(w) > 2 and not list_contains($generic_words, w))[1],
            list_filter(words_before, lambda w: length(w) > 2 and not list_contains($generic_words, w))[-1]
        ) as keyword
    from split
),

subjects as (
    select
        speaker_id,
        case
            when list_contains($share_units, lower(unit)) then coalesce(keyword, 'unspecified') || ' share'
            when lower(unit) = 'times' then coalesce(keyword, 'unspecified') || ' ratio'
            when coalesce(unit, '') = '' then coalesce(keyword, 'unspecified')
            else lower(unit)
        end as subject,
        first_seen_at as published_at,
        value,
        unit,
        qualifier,
        text as claim_text,
        quote,
        keyword,
        position,
        thread_id,
        statement_id,
        claim_id,
        first_outlet,
        last_seen_at,
        n_outlets,
        n_independent,
        first_reported_at as reported_at,
        first_reported_outlet as reported_outlet
    from keyworded
)

select
    *,
    row_number() over (partition by thread_id, subject order by position, claim_id) as figure_rank
from subjects
