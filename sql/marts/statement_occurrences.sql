-- statement_occurrences: every statement in every article, with where and when it appeared and whether the article is a syndicated copy
-- grain: one row per statement_id (one statement in one article)
-- unique_key: statement_id
-- scope: article_id in chg_story_members
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
with scope as (
    select article_id from chg_story_members
),

placed as (
    select article_id, revision, seen_at, story_id, is_original
    from int_articles
    semi join scope using (article_id)
),

scoped_articles as (
    select p.article_id, r.outlet, r.feed, r.url, r.published_at, r.first_seen_at, p.story_id, p.is_original
    from placed as p
    inner join int_article_revisions as r
        on r.article_id = p.article_id and r.revision = p.revision and r.seen_at = p.seen_at
),

scoped_statements as (
    select statement_id, thread_id, article_id, speaker_id, speaker, speaker_type, kind
    from statements
    semi join scope using (article_id)
)

select
    s.statement_id,
    s.thread_id,
    s.article_id,
    s.speaker_id,
    s.speaker,
    s.speaker_type,
    s.kind,
    a.outlet,
    a.feed,
    a.url,
    a.published_at,
    timezone('UTC', a.published_at)::date as day,
    a.first_seen_at,
    a.story_id,
    a.is_original
from scoped_statements as s
inner join scoped_articles as a on a.article_id = s.article_id
