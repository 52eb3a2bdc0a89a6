-- The letters of the request procedure (issue #5 item 6), kept with their request: every letter a
-- step of the procedure generated (receipt, correction notice, extension notice, third-party
-- consultation letter, override notice, reply letter, report back), as the PDF that was printed.
--
-- The PDF is kept in the row (MEDIUMBLOB, 16 MB at most; a letter is 50-200 KB): it is written in
-- the same transaction as the step that caused it, so a step that fails leaves no letter and a
-- letter never lacks its step; it is backed up with the database and read by every node alike.
-- sha256 is the checksum of the bytes, verified when the letter is served.
--
-- Append-only: a letter is never changed or deleted; a corrected letter is a new one with a new
-- number. Each letter names the timeline step (request_step) that issued it, so the timeline shows
-- every letter with its id and kind.
--
-- Letter numbers (发文字号) such as 郑大数据依申〔2026〕12号: one gap-free series per year for all
-- letters of the request procedure, allocated like the request numbers (the year's row locked and
-- incremented in the issuing transaction; a rolled-back step takes its number back).
CREATE TABLE request_letter_serial (
    year        INT    NOT NULL,
    last_serial INT    NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE request_letter (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    request_id    BIGINT        NOT NULL,
    step_id       BIGINT        NOT NULL,   -- the timeline step that issued the letter
    kind          VARCHAR(32)   NOT NULL,   -- cn.xxgk.letter.control.LetterKind
    outcome       VARCHAR(48)   NULL,       -- reply and report back: the reply's cn.xxgk.letter.control.ReplyWording
    letter_number VARCHAR(64)   NOT NULL,
    letter_date   DATE          NOT NULL,
    addressee     VARCHAR(200)  NOT NULL,   -- the applicant, the third party or the municipal office
    pdf           MEDIUMBLOB    NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,   -- lower-case hex of the PDF bytes
    created_by    VARCHAR(100)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_request_letter_number UNIQUE (letter_number),
    INDEX ix_request_letter_request (request_id, id),
    CONSTRAINT fk_request_letter_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id),
    CONSTRAINT fk_request_letter_step FOREIGN KEY (step_id) REFERENCES request_step (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER request_letter_no_update BEFORE UPDATE ON request_letter FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'request_letter is append-only';

CREATE TRIGGER request_letter_no_delete BEFORE DELETE ON request_letter FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'request_letter is append-only';

-- The letter ids the procedure already kept now name real letters.
ALTER TABLE disclosure_request
    ADD CONSTRAINT fk_disclosure_request_reply_letter FOREIGN KEY (reply_letter_id) REFERENCES request_letter (id);
ALTER TABLE request_consultation
    ADD CONSTRAINT fk_request_consultation_override_letter FOREIGN KEY (override_letter_id) REFERENCES request_letter (id);
ALTER TABLE request_report_letter
    ADD CONSTRAINT fk_request_report_letter_letter FOREIGN KEY (letter_id) REFERENCES request_letter (id);
