-- int_quote_words: the content words (quote_words) of each distinct quote this build step absorbed, computed once for statements (thread_id) and statement_threads (key_text, stance)
-- grain: one row per quote
-- materialized: temp
with quotes as (
    select distinct quote
    from stg_statements
    where quote is not null
)

select quote, quote_words(quote, $stop_words) as words
from quotes
