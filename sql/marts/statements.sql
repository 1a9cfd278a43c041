-- statements: who said what, from the newest extraction of the latest revision of each article
-- grain: one row per statement_id
-- unique_key: statement_id
-- scope: article_id in chg_articles
-- capture: statement_id, article_id, speaker_id, thread_id
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
--   thread_id: the statement thread (statement_threads): the same words by the same speaker anywhere
--   batch_id: the extraction (lake batch) the statement comes from
with changed as (
    select article_id from chg_articles
),

heads as (
    select article_id, revision, extraction_batch_id, lake_seq
    from int_article_heads
    semi join changed using (article_id)
),

current_statements as (
    select s.*
    from int_statement_history as s
    semi join heads as h on h.article_id = s.article_id and h.revision = s.revision and h.extraction_batch_id = s.batch_id
    where s.lake_seq >= (select min(lake_seq) from heads)  -- older batches are skipped unread
),

keys as (
    select statement_id, thread_id from int_statement_keys semi join changed using (article_id)
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
    s.batch_id
from current_statements as s
inner join keys as k on k.statement_id = s.statement_id
