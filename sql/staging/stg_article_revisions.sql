-- stg_article_revisions: article revisions in the lake files this build absorbs
-- grain: one row per (article_id, revision)
-- materialized: temp
select distinct on (article_id, revision) *
from read_parquet($article_revisions_files, union_by_name = true)
order by article_id, revision, seen_at
