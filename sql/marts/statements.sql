-- statements: who said what, from the latest revision of each article
-- grain: one row per statement_id
with statements as (
    select * from stg_statements
),

articles as (
    select article_id, revision, outlet, published_at from int_articles_latest
)

select
    s.statement_id,
    s.article_id,
    s.speaker,
    s.speaker_id,
    s.quote,
    s.kind,
    a.published_at,
    a.outlet,
    s.speaker_type,
    s.cue,
    s.start,
    s."end",
    s.confidence,
    s.extractor_version,
    s.language,
    s.revision
from statements as s
inner join articles as a on a.article_id = s.article_id and a.revision = s.revision
