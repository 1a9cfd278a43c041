-- stg_extractions: the extraction log in the absorbed files: which batch extracted statements from which revision
-- grain: one row per (article_id, revision, batch_id)
-- materialized: temp
select distinct on (article_id, revision, batch_id) *
from read_parquet($extractions_files, union_by_name = true)
order by article_id, revision, batch_id, extracted_at
