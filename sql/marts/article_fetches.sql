-- article_fetches: one row per attempt to get an article's text from its page (summary-only feeds)
-- grain: one row per page fetch attempt
-- materialized: append
-- unique_key: fetch_id
-- columns:
--   article_id: the article whose page it is
--   url: the page URL asked for (the article's URL in its feed)
--   fetched_at: when (UTC)
--   http_status: the HTTP status, when there was a response
--   bytes: size of the body (decompressed)
--   status: ok (the page's text became the article's), not_modified (same, from the archived page after a 304), short (the page's text is not clearly longer than the feed's), paywall, consent, error_page, empty (the page is no usable article), not_html (a PDF, an image, JSON or a feed where the page was: round thirteen), error, gone, too_large, retry_later (the fetch failed), disallowed (robots.txt), robots_unavailable, deferred (cut by the run's time budget: tried again in the next run)
--   error: what went wrong, or why the page gave no text
--   adopted: whether the article's text now comes from this page (articles.text_source = 'page')
--   kind: what the page was found to be: article, paywall, consent, error, empty or not_html (null when nothing was fetched)
--   text_chars: length of the page's main text
--   feed_chars: length of the feed's text of the article
--   feed: the feed of the article
--   final_url: the URL after redirects
--   duration_ms: time taken
--   body_sha256: the page in the raw archive (ingest reprocess --stages pages extracts it again)
--   fetch_id: the attempt (sha1 of article, URL, time and status)
select
    article_id,
    url,
    fetched_at,
    http_status,
    bytes,
    status,
    error,
    adopted,
    kind,
    text_chars,
    feed_chars,
    feed,
    final_url,
    duration_ms,
    body_sha256,
    fetch_id
from stg_article_fetches
