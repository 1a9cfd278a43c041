-- stg_claims: numbers found in statements, in the absorbed files (batch_id: the extraction; '' before extractions were logged)
-- grain: one row per (claim_id, revision, batch_id)
-- materialized: temp
with lake as (
    select
        * exclude (filename) replace (coalesce(batch_id, '') as batch_id),
        $claims_seqs[list_position($claims_files, filename)]::bigint as lake_seq
    from read_parquet($claims_files, union_by_name = true, filename = true)
)

select distinct on (claim_id, revision, batch_id) *
from lake
order by claim_id, revision, batch_id
