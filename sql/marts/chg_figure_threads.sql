-- chg_figure_threads: the figures whose change row may differ this build step: every figure that changed, and the figure right after each changed one (its predecessor may have changed)
-- grain: one row per (speaker_id, subject, later_thread_id)
-- materialized: temp
with changed as (
    select speaker_id, subject, thread_id, reported_at from old_claim_series where figure_rank = 1
    union
    select speaker_id, subject, thread_id, reported_at from new_claim_series where figure_rank = 1
),

positions as (
    select *, lpad(epoch_us(reported_at)::varchar, 20, '0') || thread_id as order_key
    from changed
    where reported_at is not null
),

earliest as (
    select speaker_id, subject, min(reported_at) as since
    from changed
    group by all
),

figures as (  -- the figures of each pair from its earliest changed one on: the only ones that can follow a changed one
    select c.speaker_id, c.subject, c.thread_id, lpad(epoch_us(c.reported_at)::varchar, 20, '0') || c.thread_id as order_key
    from claim_series as c
    inner join earliest as e on e.speaker_id = c.speaker_id and e.subject = c.subject and c.reported_at >= e.since
    where c.figure_rank = 1
),

following as (
    select f.speaker_id, f.subject, f.thread_id
    from positions as p
    asof join figures as f on f.speaker_id = p.speaker_id and f.subject = p.subject and f.order_key > p.order_key
)

select speaker_id, subject, thread_id as later_thread_id from changed
union
select speaker_id, subject, thread_id as later_thread_id from following
