-- speakers: every speaker id with its most used name and every alias seen
-- grain: one row per speaker_id
with statements as (
    select * from statements
),

names as (
    select speaker_id, speaker, any_value(speaker_type) as speaker_type, count(*) as n
    from statements
    group by all
)

select
    speaker_id,
    arg_max(speaker, n) as name,
    list(speaker order by n desc, speaker) as aliases,
    arg_max(speaker_type, n) as speaker_type,
    sum(n)::bigint as n_statements
from names
group by speaker_id
