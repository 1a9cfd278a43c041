-- stg_article_revisions: every stored revision of every article, as written to the lake
-- grain: one row per (article_id, revision)
select distinct on (article_id, revision) *
from read_parquet($article_revisions_files, union_by_name = true)
order by article_id, revision, seen_at
