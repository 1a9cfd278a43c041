-- int_article_heads: the latest revision of each article, the columns needed to place it in a story
-- grain: one row per article_id
-- unique_key: article_id
-- scope: article_id in chg_articles
-- capture: article_id, copy_key
-- columns:
--   article_id: the article
--   revision: its latest revision
--   content_hash: sha1 of the latest revision's title and text
--   copy_key: content_hash when the text is long enough to tell syndicated copies apart (min_copy_chars), else the article_id
--   pipeline_story_id: the story the pipeline assigned (the article itself when none)
--   published_at: the latest revision's published_at (UTC)
--   first_seen_at: when the article was first fetched (UTC)
--   seen_at: when the latest revision was stored (UTC)
--   lake_seq: the lake batch of the latest revision (its statements come from this batch or a later one)
--   extraction_batch_id: the newest extraction of the latest revision (its statements are served); '' when none was logged
with changed as (
    select article_id from chg_articles
),

revisions as (
    select
        article_id,
        revision,
        content_hash,
        text_chars,
        story_id,
        published_at,
        first_seen_at,
        seen_at,
        lake_seq
    from int_article_revisions
    semi join changed using (article_id)
),

extractions as (
    select article_id, revision, max(batch_id) as batch_id
    from int_extractions
    semi join changed using (article_id)
    group by all
),

latest as (
    select *
    from revisions
    qualify row_number() over (partition by article_id order by revision desc) = 1
)

select
    l.article_id,
    l.revision,
    l.content_hash,
    case when l.text_chars >= $min_copy_chars then l.content_hash else l.article_id end as copy_key,
    coalesce(nullif(l.story_id, ''), l.article_id) as pipeline_story_id,
    l.published_at,
    l.first_seen_at,
    l.seen_at,
    l.lake_seq,
    coalesce(e.batch_id, '') as extraction_batch_id
from latest as l
left join extractions as e on e.article_id = l.article_id and e.revision = l.revision
