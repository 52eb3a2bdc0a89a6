-- Issue #12, the request's reply: what its history allows it to state, and the dates of its steps.
-- Art. 35: the office may ask the applicant for the reasons of clearly excessive requests; only
-- after that may a reply set them aside as 无正当理由大量反复申请.
ALTER TABLE disclosure_request
    ADD COLUMN reasons_asked_on   DATE NULL AFTER repeat_of_id,
    ADD COLUMN reasons_asked_text TEXT NULL AFTER reasons_asked_on;

-- The day the office states a step happened when it records it later (a letter signed for last
-- week), kept beside occurred_at, the moment it was recorded; NULL when no day was typed.
ALTER TABLE request_step
    ADD COLUMN stated_on DATE NULL AFTER occurred_at;
