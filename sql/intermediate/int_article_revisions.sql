-- int_article_revisions: every stored revision of every article, all lake columns (the base of articles and article_revisions)
-- grain: one row per (article_id, revision)
-- materialized: append
-- unique_key: article_id, revision
-- columns:
--   article_id: the article (sha1 of its canonical URL, else feed GUID, else outlet + title + date)
--   revision: 1 for the first version seen, +1 for every changed text or title
--   feed: the feed the revision was taken from
--   outlet: the outlet of that feed
--   url: the article's URL as given by the feed
--   canonical_url: the normalised URL (tracking parameters removed)
--   guid: the feed item's GUID, when it has one
--   title: the title of this revision
--   text: the plain text of this revision
--   published_at: when the outlet says it was published (UTC); first_seen_at when the feed gave no usable date
--   first_seen_at: when the article was first fetched (UTC)
--   seen_at: when this revision was stored (UTC)
--   language: ISO 639-1 code, declared by the feed or detected
--   content_hash: sha1 of title and text
--   date_trusted: false when published_at is the first-seen time because the feed's date was missing or implausible
--   story_id: the story the pipeline assigned (the article itself unless dedup linked it to an earlier copy)
--   text_source: where the text came from (feed, or the fetched page)
--   lake_seq: the catalog seq of the first file of the lake batch the row came from (later batches have higher seqs)
--   text_chars: length of text in characters
with incoming as (
    select * from stg_article_revisions
)

select
    *,
    length(text) as text_chars
from incoming
