-- stg_claims: numbers found in statements
-- grain: one row per (claim_id, revision)
select distinct on (claim_id, revision) *
from read_parquet($claims_files, union_by_name = true)
order by claim_id, revision
