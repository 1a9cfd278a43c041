-- article_revisions: every revision of every article
-- grain: one row per (article_id, revision)
-- materialized: view
-- columns:
--   article_id: the article
--   revision: 1 for the first version seen, +1 for every changed text or title
--   seen_at: when this revision was stored (UTC)
--   content_hash: sha1 of title and text
--   title: the title of this revision
--   text: the plain text of this revision
--   text_source: where the text came from (feed, or the fetched page)
--   feed: the feed the revision was taken from
--   outlet: the outlet of that feed
--   url: the article's URL as given by the feed
--   published_at: when the outlet says this revision was published (UTC)
--   story_id: the story the pipeline assigned to the article
select
    article_id,
    revision,
    seen_at,
    content_hash,
    title,
    text,
    text_source,
    feed,
    outlet,
    url,
    published_at,
    story_id
from int_article_revisions
