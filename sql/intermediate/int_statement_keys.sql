-- int_statement_keys: the wording key of each current statement: its content words, thread and stance
-- grain: one row per statement_id
-- unique_key: statement_id
-- scope: article_id in chg_articles
-- columns:
--   statement_id: the statement
--   article_id: its article
--   key_text: the first key_words content words of the quote (lowercase; punctuation, stop words dropped; numbers normalised)
--   numbers: every number in the quote, normalised ("11,000" → 11000, "1,5" → 1·5)
--   thread_id: md5 of speaker, key_text and numbers: statements with the same speaker, key text and numbers form one thread
--   stance: the first key_words content words without negations; empty when fewer than three
--   negated: the quote has an odd number of negations (not, never, nicht, не, …)
with changed as (
    select article_id from chg_articles
),

heads as (
    select article_id, revision, extraction_batch_id, lake_seq
    from int_article_heads
    semi join changed using (article_id)
),

current_statements as (
    select s.statement_id, s.article_id, s.speaker_id, s.quote
    from int_statement_history as s
    semi join heads as h on h.article_id = s.article_id and h.revision = s.revision and h.extraction_batch_id = s.batch_id
    where s.lake_seq >= (select min(lake_seq) from heads)  -- older batches are skipped unread
),

normalised as (
    select
        statement_id,
        article_id,
        speaker_id,
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    regexp_replace(
                        regexp_replace(
                            regexp_replace(lower(coalesce(quote, '')), '[’‘`´]', '''', 'g'),
                            'n''t\b', ' not', 'g'
                        ),
                        '(\d)[,.\x{a0}](\d{3})\b', '\1\2', 'g'
                    ),
                    '(\d)[,.](\d)', '\1·\2', 'g'
                ),
                '%|\bper ?cent\b|\bprozent\b|відсот\p{L}*|процент\p{L}*', ' pct ', 'g'
            ),
            '[^\p{L}\p{N}·]+', ' ', 'g'
        ) as clean
    from current_statements
),

words as (
    select
        *,
        list_filter(string_split(clean, ' '), lambda w: w <> '' and not list_contains($stop_words, w)) as words
    from normalised
),

keyed as (
    select
        statement_id,
        article_id,
        speaker_id,
        array_to_string(words[1:$key_words], ' ') as key_text,
        list_filter(words, lambda w: regexp_full_match(w, '\d[\d·]*')) as numbers,
        list_filter(words, lambda w: not list_contains($negations, w)) as stance_words,
        len(list_filter(words, lambda w: list_contains($negations, w))) % 2 = 1 as negated
    from words
)

select
    statement_id,
    article_id,
    key_text,
    numbers,
    md5(concat_ws('|', speaker_id, key_text, array_to_string(numbers, ' ')))[:16] as thread_id,
    case when len(stance_words) >= 3 then array_to_string(stance_words[1:$key_words], ' ') else '' end as stance,
    negated
from keyed
