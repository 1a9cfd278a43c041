-- int_articles: which revision of each article is current, its story, and whether it is the story's original
-- grain: one row per article_id
-- unique_key: article_id
-- scope: article_id in chg_story_members
-- capture: article_id
-- columns:
--   article_id: the article
--   revision: its latest revision (int_article_revisions holds the text)
--   seen_at: when that revision was stored (UTC)
--   story_id: the story: syndicated copies share it (the pipeline's story, or the first copy with the identical title and text)
--   is_original: the earliest published article of its story (ties: first seen, then article_id); an article that credits another outlet of its story ("(Eastwire)", "By Eastwire staff" near its start or end) comes after the uncredited ones, whatever its clock says
--   story_published_at: when the story's original was published (UTC): a syndicated copy cannot have said anything before it
with scope as (
    select article_id from chg_story_members
),

heads as (
    select article_id, revision, seen_at, published_at, first_seen_at
    from int_article_heads
    semi join scope using (article_id)
),

stories as (
    select article_id, story_id from int_article_stories semi join scope using (article_id)
),

members as (
    select h.article_id, h.published_at, h.first_seen_at, s.story_id, r.outlet, r.text
    from heads as h
    inner join stories as s on s.article_id = h.article_id
    inner join int_article_revisions as r on r.article_id = h.article_id and r.revision = h.revision and r.seen_at = h.seen_at
),

credits as (  -- a copy that names another outlet of its story as its source: a wire credit at its start or end
    select distinct a.article_id
    from members as a
    inner join members as o on o.story_id = a.story_id and o.outlet <> a.outlet
    where contains(left(a.text, $credit_chars), '(' || o.outlet || ')')
        or contains(right(a.text, $credit_chars), '(' || o.outlet || ')')
        or contains(left(a.text, $credit_chars), 'By ' || o.outlet)
        or contains(left(a.text, $credit_chars), o.outlet || ' staff')
        or contains(right(a.text, $credit_chars), o.outlet || ' contributed')
),

ordered as (
    select
        m.*,
        row_number() over (
            partition by m.story_id order by c.article_id is not null, m.published_at, m.first_seen_at, m.article_id
        ) as story_rank
    from members as m
    left join credits as c on c.article_id = m.article_id
)

select
    h.article_id,
    h.revision,
    h.seen_at,
    o.story_id,
    o.story_rank = 1 as is_original,
    arg_min(o.published_at, o.story_rank) over (partition by o.story_id) as story_published_at
from heads as h
inner join ordered as o on o.article_id = h.article_id
