package cn.xxgk.request.entity;

/** The steps recorded in a request's timeline (request_step); each is one command of the procedure. */
public enum RequestStep {
    REGISTERED,
    /** Art. 31(3): the office confirmed a request filed online; its day is the day of receipt. */
    RECEIPT_CONFIRMED,
    REPEAT_DETECTED,
    REPEAT_FLAGGED,
    ASSIGNED,
    ACCEPTED,
    SPLIT,
    SPLIT_OFF,
    CORRECTION_NOTICE_SENT,
    CORRECTION_RECEIVED,
    ABANDONED,
    THIRD_PARTY_CONSULTED,
    THIRD_PARTY_ANSWERED,
    PUBLIC_INTEREST_OVERRIDE,
    AGENCY_CONSULTED,
    AGENCY_ANSWERED,
    /** A posted consultation letter was signed for (Arts. 32, 34: the consulted party's period starts). */
    CONSULTATION_LETTER_RECEIVED,
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_REFUSED,
    /** Art. 35: the office asked the applicant for the reasons of clearly excessive requests. */
    REASONS_ASKED,
    REPLIED,
    DELIVERED,
    NOT_A_REQUEST,
    REPORTED_BACK
}
