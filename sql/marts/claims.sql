-- claims: numbers in statements of the latest article revisions
-- grain: one row per claim_id
with claims as (
    select * from stg_claims
),

statements as (
    select statement_id, revision from statements
)

select c.claim_id, c.statement_id, c.value, c.unit, c.qualifier, c.text
from claims as c
inner join statements as s on s.statement_id = c.statement_id and s.revision = c.revision
