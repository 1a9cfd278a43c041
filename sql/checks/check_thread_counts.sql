-- check_thread_counts: thread counts are consistent (independent ≤ articles ≤ statements, outlets ≤ articles, first ≤ last seen)
-- grain: one row per offending thread
select thread_id, n_statements, n_articles, n_outlets, n_independent, first_seen_at, last_seen_at
from new_statement_threads
where not (
    n_independent between 1 and n_articles
    and n_articles <= n_statements
    and n_outlets between 1 and n_articles
    and first_seen_at <= last_seen_at
)
