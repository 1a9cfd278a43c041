-- statement_occurrences: every statement in every article, with where and when it appeared and whether the article is a syndicated copy (a view of statements)
-- grain: one row per statement_id (one statement in one article)
-- materialized: view
-- columns:
--   statement_id: the statement (join statements for the quote, cue and offsets)
--   thread_id: the statement thread it belongs to (statement_threads)
--   article_id: the article
--   speaker_id: the speaker's id
--   speaker: the speaker's name as resolved in that article
--   speaker_type: person, organisation, group, anonymous or unknown
--   kind: direct or indirect
--   outlet: the article's outlet
--   feed: the article's feed
--   url: the article's URL
--   published_at: the article's published_at (UTC)
--   day: the UTC day of published_at
--   first_seen_at: when the article was first fetched (UTC)
--   story_id: the article's story: copies sharing a story_id are one independent report
--   is_original: the article is the earliest of its story (false for syndicated copies)
select
    statement_id,
    thread_id,
    article_id,
    speaker_id,
    speaker,
    speaker_type,
    kind,
    outlet,
    feed,
    url,
    published_at,
    day,
    first_seen_at,
    story_id,
    is_original
from statements
