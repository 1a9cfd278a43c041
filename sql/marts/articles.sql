-- articles: the latest revision of every article, with its story and whether it is the story's original (a view: the text is stored once, in int_article_revisions)
-- grain: one row per article_id
-- materialized: view
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
select
    r.article_id,
    r.feed,
    r.outlet,
    r.url,
    r.canonical_url,
    r.title,
    r.text,
    r.published_at,
    r.first_seen_at,
    r.language,
    a.story_id,
    a.is_original,
    r.revision,
    r.date_trusted,
    r.text_source,
    r.content_hash
from int_articles as a
inner join int_article_revisions as r on r.article_id = a.article_id and r.revision = a.revision
