-- Issue #12, the request's clock.
--
-- Arts. 32 and 34: the consulted third party or agency has 15 working days from the day it
-- RECEIVES the letter. How the letter went and the day it was received are recorded: served in
-- person (IN_PERSON) it is received the day it is sent; by post (POST) on the day signed for,
-- recorded later by the office (NULL until then: the answer deadline waits for delivery).
ALTER TABLE request_consultation
    ADD COLUMN letter_delivery    VARCHAR(16) NOT NULL DEFAULT 'IN_PERSON' AFTER sent_on,  -- IN_PERSON, POST
    ADD COLUMN letter_received_on DATE        NULL AFTER letter_delivery;

-- Consultations recorded before this version were counted from the sending day: served in person.
UPDATE request_consultation SET letter_received_on = sent_on WHERE letter_received_on IS NULL;

-- Art. 30: the correction notice goes out within 7 working days of receipt; its own deadline
-- (kind CORRECTION_NOTICE) reminds the handler, closed by the notice, the reply or the request's end.
ALTER TABLE disclosure_request
    ADD COLUMN correction_deadline_id BIGINT NULL AFTER reply_deadline_id,
    ADD CONSTRAINT fk_disclosure_request_correction_deadline FOREIGN KEY (correction_deadline_id) REFERENCES deadline (id);

-- Art. 31: the reply clock of a registered request runs from the day of receipt (set at
-- registration from now on). Requests registered before keep no deadline until they are accepted
-- or split, which opens it from this day.
UPDATE disclosure_request SET clock_start_on = received_on WHERE clock_start_on IS NULL AND state = 'RECEIVED';
