-- thread_key: the thread of a statement: md5 of the speaker, its first key_words content words and all its numbers
-- grain: one key per (speaker, content words)
create or replace temp macro thread_key(speaker_id, words, key_words) as md5(
    concat_ws(
        '|',
        speaker_id,
        array_to_string(words[1:key_words], ' '),
        array_to_string(list_filter(words, lambda w: regexp_full_match(w, '\d[\d·]*')), ' ')
    )
)[:16]
