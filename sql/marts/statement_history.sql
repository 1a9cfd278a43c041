-- statement_history: statements of every revision of every article (earlier revisions included)
-- grain: one row per (statement_id, revision)
with statements as (
    select * from stg_statements
)

select * from statements
