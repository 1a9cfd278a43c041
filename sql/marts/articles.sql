-- articles: the latest revision of every article, with its story and whether it is the story's original
-- grain: one row per article_id
-- unique_key: article_id
-- scope: article_id in chg_story_members
-- capture: article_id, story_id, is_original
-- columns:
--   article_id: the article (sha1 of its canonical URL, else feed GUID, else outlet + title + date)
--   feed: the feed the latest revision was taken from
--   outlet: the outlet of that feed
--   url: the article's URL as given by the feed
--   canonical_url: the normalised URL (tracking parameters removed)
--   title: the latest title
--   text: the latest plain text
--   published_at: when the outlet says it was published (UTC); first_seen_at when the feed gave no usable date
--   first_seen_at: when the article was first fetched (UTC)
--   language: ISO 639-1 code, declared by the feed or detected
--   story_id: the story: syndicated copies share it (the pipeline's story, or the first copy with the identical title and text)
--   is_original: the earliest published article of its story (ties: first seen, then article_id)
--   revision: the latest revision number
--   date_trusted: false when published_at is the first-seen time because the feed's date was missing or implausible
--   text_source: where the text came from (feed, or the fetched page)
--   content_hash: sha1 of the latest title and text
with scope as (
    select article_id from chg_story_members
),

heads as (
    select article_id, revision, seen_at from int_article_heads semi join scope using (article_id)
),

stories as (
    select article_id, story_id from int_article_stories semi join scope using (article_id)
),

revisions as (
    select r.*
    from int_article_revisions as r
    semi join heads as h on h.article_id = r.article_id and h.revision = r.revision and h.seen_at = r.seen_at
),

placed as (
    select
        r.*,
        s.story_id as story_key
    from revisions as r
    inner join stories as s on s.article_id = r.article_id
)

select
    article_id,
    feed,
    outlet,
    url,
    canonical_url,
    title,
    text,
    published_at,
    first_seen_at,
    language,
    story_key as story_id,
    row_number() over (
        partition by story_key order by published_at, first_seen_at, article_id
    ) = 1 as is_original,
    revision,
    date_trusted,
    text_source,
    content_hash
from placed
