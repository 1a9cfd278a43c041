-- claims: numbers in the statements of the newest extraction of the latest article revisions
-- grain: one row per claim_id
-- unique_key: claim_id
-- scope: article_id in chg_articles
-- capture: claim_id, statement_id
-- columns:
--   claim_id: the claim (sha1 of statement, offset and number as written)
--   statement_id: the statement the number is in
--   value: the number as a float (1.6 million → 1600000, 40% → 40)
--   unit: what is counted ("%", "drones", "soldiers", "times", "fraction"; empty when nothing follows the number)
--   qualifier: "", "up to", "more than", "at least", "about", "nearly", "less than"
--   text: the number as written ("up to 40%")
--   article_id: the article of the statement
--   revision: the article revision the claim was extracted from
--   batch_id: the extraction (lake batch) the claim comes from
with changed as (
    select article_id from chg_articles
),

heads as (
    select article_id, revision, extraction_batch_id
    from int_article_heads
    semi join changed using (article_id)
),

batches as (
    select distinct l.lake_seq
    from int_history_locations as l
    semi join heads as h
        on h.article_id = l.article_id and h.revision = l.revision and h.extraction_batch_id = l.batch_id
),

current_claims as (
    select c.*
    from int_claim_history as c
    semi join batches as b on b.lake_seq = c.lake_seq  -- the row groups of other batches are skipped unread
    semi join heads as h on h.article_id = c.article_id and h.revision = c.revision and h.extraction_batch_id = c.batch_id
)

select claim_id, statement_id, value, unit, qualifier, text, article_id, revision, batch_id
from current_claims
