-- int_claim_history: numbers in the statements of every revision of every article, all lake columns
-- grain: one row per (claim_id, revision, batch_id)
-- materialized: append
-- unique_key: claim_id, revision, batch_id
-- cluster_by: lake_seq
-- columns:
--   claim_id: the claim (sha1 of statement, offset and number as written)
--   statement_id: the statement the number is in
--   article_id: the article of that statement
--   revision: the article revision
--   value: the number as a float (1.6 million → 1600000, 40% → 40)
--   unit: what is counted ("%", "drones", "soldiers", "times", "fraction"; empty when nothing follows the number)
--   qualifier: "", "up to", "more than", "at least", "about", "nearly", "less than"
--   text: the number as written ("up to 40%")
--   batch_id: the extraction (lake batch) the claim comes from; '' for lakes written before extractions were logged
--   lake_seq: the catalog seq of the first file of the lake batch the row came from (later batches have higher seqs)
with incoming as (
    select * from stg_claims
)

select
    *
from incoming
