-- statements: who said what, from the newest extraction of the latest revision of each article
-- grain: one row per statement_id
-- unique_key: statement_id
-- scope: article_id in chg_story_members
-- capture: statement_id, article_id, speaker_id, thread_id, day
-- columns:
--   statement_id: the statement (sha1 of article, offset and quote): one row per statement per article
--   article_id: the article it was found in
--   speaker: the speaker's name as resolved in that article
--   speaker_id: the speaker's id: one id for every spelling and role phrase of one speaker
--   quote: what was said (the words inside the quote marks, or the reported clause)
--   kind: direct (quoted) or indirect (reported speech)
--   published_at: the article's published_at (UTC)
--   outlet: the article's outlet
--   speaker_type: person, organisation, group, anonymous or unknown
--   cue: the verb or phrase attributing the statement
--   start: character offset of the quote in the article text (-1 when it comes from the title)
--   end: character offset just after the quote
--   confidence: the extractor's confidence, 0 to 1
--   extractor_version: the extractor that produced the row
--   language: language of the article text
--   revision: the article revision the statement comes from (the latest)
--   feed: the feed of the article
--   thread_id: the statement thread (statement_threads): md5 of speaker, the quote's first content words and its numbers (sql/macros/)
--   batch_id: the extraction (lake batch) the statement comes from
--   story_id: the article's story: statements in articles sharing a story_id are one independent report
--   is_original: the article is the earliest of its story (false for syndicated copies)
--   url: the article's URL
--   first_seen_at: when the article was first fetched (UTC)
--   day: the UTC day of published_at
--   story_published_at: when the story's original was published (UTC; int_articles): a copy stamped earlier (a wrong clock) said nothing before it
with scope as (
    select article_id from chg_story_members
),

heads as (
    select article_id, revision, extraction_batch_id
    from int_article_heads
    semi join scope using (article_id)
),

placed as (
    select a.article_id, a.story_id, a.is_original, a.story_published_at, r.url, r.first_seen_at
    from int_articles as a
    inner join int_article_revisions as r
        on r.article_id = a.article_id and r.revision = a.revision and r.seen_at = a.seen_at
    semi join scope as s on s.article_id = a.article_id
),

batches as (
    select distinct l.lake_seq
    from int_history_locations as l
    semi join heads as h
        on h.article_id = l.article_id and h.revision = l.revision and h.extraction_batch_id = l.batch_id
),

current_statements as (
    select s.*
    from int_statement_history as s
    semi join batches as b on b.lake_seq = s.lake_seq  -- the row groups of other batches are skipped unread
    semi join heads as h
        on h.article_id = s.article_id and h.revision = s.revision and h.extraction_batch_id = s.batch_id
),

words as (
    select quote, words from int_quote_words
),

keys as (
    select
        s.statement_id,
        -- the words of quotes absorbed in earlier steps are computed here
        thread_key(s.speaker_id, coalesce(w.words, quote_words(s.quote, $stop_words)), $key_words) as thread_id
    from current_statements as s
    left join words as w on w.quote = s.quote
)

select
    s.statement_id,
    s.article_id,
    s.speaker,
    s.speaker_id,
    s.quote,
    s.kind,
    s.published_at,
    s.outlet,
    s.speaker_type,
    s.cue,
    s.start,
    s."end",
    s.confidence,
    s.extractor_version,
    s.language,
    s.revision,
    s.feed,
    k.thread_id,
    s.batch_id,
    p.story_id,
    p.is_original,
    p.url,
    p.first_seen_at,
    timezone('UTC', s.published_at)::date as day,
    p.story_published_at
from current_statements as s
inner join keys as k on k.statement_id = s.statement_id
inner join placed as p on p.article_id = s.article_id
