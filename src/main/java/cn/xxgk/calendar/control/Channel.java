package cn.xxgk.calendar.control;

/**
 * How a disclosure request reached the agency. The channel decides which event starts the
 * reply clock (Art. 31); {@link ClockStart} holds that rule.
 */
public enum Channel {
    /** Handed in at the office; the applicant shows an identity document and fills in the form. */
    IN_PERSON,
    /** A letter; the clock starts when the office signs for it, not when it was posted. */
    POST,
    /** The online form of the portal. */
    ONLINE,
    FAX,
    /** Handled like the online form: an electronic submission confirmed by both sides. */
    EMAIL,
    /** Forwarded by the municipal open-government office (转办), with a handover record. */
    FORWARDED
}
