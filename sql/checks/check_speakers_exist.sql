-- check_speakers_exist: every statement's speaker_id is in speakers
-- grain: one row per missing speaker_id
select distinct s.speaker_id
from new_statements as s
anti join speakers as p on p.speaker_id = s.speaker_id
