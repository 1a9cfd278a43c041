-- int_extractions: every extraction of statements from an article revision (the newest one is served)
-- grain: one row per (article_id, revision, batch_id)
-- materialized: append
-- unique_key: article_id, revision, batch_id
-- columns:
--   article_id: the article
--   revision: the revision extracted
--   batch_id: the lake batch that holds the statements and claims of this extraction
--   extractor_version: the extractor that ran
--   extracted_at: when (UTC)
--   n_statements: statements found
select article_id, revision, batch_id, extractor_version, extracted_at, n_statements
from stg_extractions
