-- check_statements_have_revisions: every stored statement and claim comes from an article revision in the lake
-- grain: one row per orphan statement or claim
select 'statement' as kind, s.statement_id as id, s.article_id, s.revision
from new_int_statement_history as s
anti join int_article_revisions as r on r.article_id = s.article_id and r.revision = s.revision

union all

select 'claim' as kind, c.claim_id as id, c.article_id, c.revision
from new_int_claim_history as c
anti join int_article_revisions as r on r.article_id = c.article_id and r.revision = c.revision
