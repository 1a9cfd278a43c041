-- statement_threads: one row per distinct statement: the same words by the same speaker across articles and outlets
-- grain: one row per thread_id
-- unique_key: thread_id
-- scope: thread_id in chg_threads
-- capture: thread_id, speaker_id, first_seen_at, stance_key
-- columns:
--   thread_id: the thread: md5 of speaker, the quote's first content words and its numbers (sql/macros/thread_key.sql)
--   speaker_id: the speaker's id
--   speaker: the speaker's name in the first occurrence
--   quote: the representative quote: the first occurrence's
--   kind: direct or indirect, in the first occurrence
--   first_statement_id: the first occurrence (earliest published; the story original first on ties)
--   first_article_id: the article of the first occurrence
--   first_seen_at: when the first occurrence was published (UTC); a syndicated copy counts from its story's original on (a copy stamped earlier by a wrong clock is not first)
--   first_outlet: the outlet of the first occurrence
--   last_seen_at: when the latest occurrence was published (UTC; a copy from its story's original on, as first_seen_at)
--   n_statements: occurrences (statements) in the thread
--   n_articles: articles carrying it
--   n_outlets: distinct outlets carrying it
--   n_independent: independent reports: articles counted once per story (syndicated copies count once)
--   outlets: the outlets carrying it, sorted
--   key_text: the first content words that define the thread (with its numbers and speaker)
--   stance: the content words without negations (for contradictions; empty when too short)
--   negated: the representative quote is negated
--   stance_key: hash of speaker and stance (null without a stance): threads sharing it say the same thing, negated or not
--   first_reported_at: when the statement was first published in a story's original (UTC; null when only syndicated copies carry it: a copy's edit, such as a changed figure, that its story's original does not say)
--   first_reported_outlet: the outlet of that occurrence
with scope as (
    select thread_id from chg_threads
),

words as (
    select quote, words from int_quote_words
),

occurrences as (
    select
        thread_id,
        statement_id,
        article_id,
        speaker_id,
        speaker,
        outlet,
        published_at,
        greatest(published_at, story_published_at) as said_at,  -- a copy says nothing before its original
        story_id,
        quote,
        kind,
        is_original,
        {'published_at': greatest(published_at, story_published_at), 'copy': not is_original, 'outlet': outlet, 'statement_id': statement_id} as first_key
    from statements
    semi join scope using (thread_id)
),

threads as (
    select
        thread_id,
        arg_min(speaker_id, first_key) as speaker_id,
        arg_min(speaker, first_key) as speaker,
        arg_min(statement_id, first_key) as first_statement_id,
        arg_min(article_id, first_key) as first_article_id,
        min(said_at) as first_seen_at,
        arg_min(outlet, first_key) as first_outlet,
        max(said_at) as last_seen_at,
        count(*) as n_statements,
        count(distinct article_id) as n_articles,
        count(distinct outlet) as n_outlets,
        count(distinct story_id) as n_independent,
        list_sort(list_distinct(list(outlet))) as outlets,
        arg_min(quote, first_key) as quote,
        arg_min(kind, first_key) as kind,
        min(said_at) filter (where is_original) as first_reported_at,
        arg_min(outlet, first_key) filter (where is_original) as first_reported_outlet
    from occurrences
    group by thread_id
),

keys as (
    select
        thread_id,
        words,
        list_filter(words, lambda w: not list_contains($negations, w)) as stance_words,
        len(list_filter(words, lambda w: list_contains($negations, w))) % 2 = 1 as negated
    from (
        -- the words of quotes absorbed in earlier steps are computed here
        select t.thread_id, coalesce(w.words, quote_words(t.quote, $stop_words)) as words
        from threads as t
        left join words as w on w.quote = t.quote
    )
)

select
    t.thread_id,
    t.speaker_id,
    t.speaker,
    t.quote,
    t.kind,
    t.first_statement_id,
    t.first_article_id,
    t.first_seen_at,
    t.first_outlet,
    t.last_seen_at,
    t.n_statements,
    t.n_articles,
    t.n_outlets,
    t.n_independent,
    t.outlets,
    array_to_string(k.words[1:$key_words], ' ') as key_text,
    case when len(k.stance_words) >= 3 then array_to_string(k.stance_words[1:$key_words], ' ') else '' end as stance,
    k.negated,
    case when len(k.stance_words) >= 3 then hash(t.speaker_id, array_to_string(k.stance_words[1:$key_words], ' ')) end
        as stance_key,
    t.first_reported_at,
    t.first_reported_outlet
from threads as t
inner join keys as k on k.thread_id = t.thread_id
