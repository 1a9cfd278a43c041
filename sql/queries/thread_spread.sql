-- thread_spread: how one statement travelled: every article that carried it, in order of publication
-- grain: one row per occurrence of the thread
-- param thread_id: the statement thread (statement_threads.thread_id)
select
    o.published_at,
    o.outlet,
    o.is_original,
    o.story_id,
    s.quote,
    o.url
from statement_occurrences as o
inner join statements as s on s.statement_id = o.statement_id
where o.thread_id = $thread_id
order by o.published_at, o.outlet, o.url, o.statement_id
