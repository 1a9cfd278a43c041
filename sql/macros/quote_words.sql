-- quote_words: the content words of a quote: lowercased, "n't" → not, thousands separators dropped, decimal commas unified, "%"/percent/Prozent/відсотків → pct, the runs of letters and digits, stop words dropped
-- grain: one list of words per quote
create or replace temp macro quote_words(quote, stop_words) as list_filter(
    regexp_extract_all(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    regexp_replace(lower(coalesce(quote, '')), 'n[''’‘`´]t\b', ' not', 'g'),
                    '(\d)[,.\x{a0}](\d{3})\b', '\1\2', 'g'
                ),
                '(\d)[,.](\d)', '\1·\2', 'g'
            ),
            '%|\bper ?cent\b|\bprozent\b|відсот\p{L}*|процент\p{L}*', ' pct ', 'g'
        ),
        '[\p{L}\p{N}·]+'
    ),
    lambda w: not list_contains(stop_words, w)
)
