-- check_claims_have_statements: every claim belongs to a statement in statements
-- grain: one row per orphan claim
select c.claim_id, c.statement_id
from new_claims as c
anti join statements as s on s.statement_id = c.statement_id
