-- chg_figure_threads: the figures whose change row may differ this build step: every figure that changed, and the figure right after each changed one (its predecessor may have changed)
-- grain: one row per (speaker_id, subject, later_thread_id)
-- materialized: temp
with changed as (
    select speaker_id, subject, thread_id, published_at from old_claim_series where figure_rank = 1
    union
    select speaker_id, subject, thread_id, published_at from new_claim_series where figure_rank = 1
),

positions as (
    select *, lpad(epoch_us(published_at)::varchar, 20, '0') || thread_id as order_key
    from changed
),

figures as (
    select speaker_id, subject, thread_id, lpad(epoch_us(published_at)::varchar, 20, '0') || thread_id as order_key
    from claim_series
    semi join (select distinct speaker_id, subject from changed) using (speaker_id, subject)
    where figure_rank = 1
),

following as (
    select f.speaker_id, f.subject, f.thread_id
    from positions as p
    asof join figures as f on f.speaker_id = p.speaker_id and f.subject = p.subject and f.order_key > p.order_key
)

select speaker_id, subject, thread_id as later_thread_id from changed
union
select speaker_id, subject, thread_id as later_thread_id from following
