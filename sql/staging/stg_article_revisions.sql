-- stg_article_revisions: article revisions in the lake files this build absorbs
-- grain: one row per (article_id, revision)
-- materialized: temp
with lake as (
    select
        * exclude (filename),
        $article_revisions_seqs[list_position($article_revisions_files, filename)]::bigint as lake_seq
    from read_parquet($article_revisions_files, union_by_name = true, filename = true)
)

select distinct on (article_id, revision) *
from lake
order by article_id, revision, seen_at
