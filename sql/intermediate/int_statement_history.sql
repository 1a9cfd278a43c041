-- int_statement_history: statements of every extraction of every revision of every article, all lake columns
-- grain: one row per (statement_id, revision, batch_id)
-- materialized: append
-- unique_key: statement_id, revision, batch_id
-- cluster_by: lake_seq
-- columns:
--   statement_id: the statement (sha1 of article, offset and quote): the same quote in another article is another statement
--   article_id: the article it was found in
--   revision: the article revision it was extracted from
--   speaker: the speaker's name as resolved in that article
--   speaker_id: the speaker's id: one id for every spelling and role phrase of one speaker
--   speaker_type: person, organisation, group, anonymous or unknown
--   quote: what was said (the words inside the quote marks, or the reported clause)
--   kind: direct (quoted) or indirect (reported speech)
--   cue: the verb or phrase attributing the statement ("said", "told reporters")
--   start: character offset of the quote in the article text (-1 when it comes from the title)
--   end: character offset just after the quote (-1 when it comes from the title)
--   confidence: the extractor's confidence, 0 to 1
--   extractor_version: the extractor that produced the row
--   language: language of the article text the statement was found in
--   published_at: the article revision's published_at (UTC)
--   outlet: the article's outlet
--   feed: the feed of the article revision
--   batch_id: the extraction (lake batch) the statement comes from; '' for lakes written before extractions were logged
--   lake_seq: the catalog seq of the first file of the lake batch the row came from (later batches have higher seqs)
with incoming as (
    select * from stg_statements
)

select
    *
from incoming
