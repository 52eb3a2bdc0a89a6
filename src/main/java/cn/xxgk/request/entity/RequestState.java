package cn.xxgk.request.entity;

/**
 * Where a disclosure request stands in the procedure of the Regulations. The reply clock runs from
 * receipt (Art. 31) in RECEIVED and ACCEPTED; it stands still in the two consultation states and
 * while waiting for a correction. The steps between them ({@link DisclosureRequest}):
 *
 * <pre>
 * RECEIVED --accept (clock start by channel, Art. 31)--> ACCEPTED --reply--> REPLIED --delivery--> CLOSED
 *    |  \--split--> SPLIT (parts carry on)          |  ^  ^
 *    |                                              |  |  +-- answer <-- THIRD_PARTY_CONSULTATION / AGENCY_CONSULTATION (paused)
 *    +--not a request (Art. 39)--> NOT_A_REQUEST    |  +----- correction received (restart) <-- AWAITING_CORRECTION
 *                                                   +--correction notice (within 7 working days, once)--^    |
 *                                                                      abandon after the period set --> ABANDONED
 * the reply clock runs from receipt (Art. 31): RECEIVED already counts; acceptance may move its start
 * </pre>
 * Besides: an extension (requested, approved by the office head, within REPLY's cap; {@link Extension}) before the due day;
 * asking for reasons (Art. 35) while ACCEPTED, before a reply that sets excessive requests aside.
 */
public enum RequestState {
    /** Registered by the office (or, later, the portal); not yet accepted, but its reply clock runs. */
    RECEIVED,
    /** Accepted: the reply clock runs from the day Art. 31 names for the channel. */
    ACCEPTED,
    /** A correction notice went out (Art. 30); the clock waits for the corrected request. */
    AWAITING_CORRECTION,
    /** A third party is consulted (Art. 32); the clock is paused. */
    THIRD_PARTY_CONSULTATION,
    /** Another agency is consulted (Arts. 33-34); the clock is paused. */
    AGENCY_CONSULTATION,
    /** The reply is made; its delivery is still to be recorded. */
    REPLIED,
    /** Replied and delivered. */
    CLOSED,
    /** No correction within the period set in the notice: treated as abandoned (Art. 30). */
    ABANDONED,
    /** A petition, complaint or report in the form of a request (Art. 39): no reply deadline. */
    NOT_A_REQUEST,
    /** Split into parts of one matter each; the parts carry on. */
    SPLIT;

    /** Nothing more happens to the request (a report back to the municipal office aside). */
    public boolean isFinal() {
        return this == CLOSED || this == ABANDONED || this == NOT_A_REQUEST || this == SPLIT;
    }

    /** The reply clock is open: the request waits for its reply. */
    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED || this == AWAITING_CORRECTION || this == THIRD_PARTY_CONSULTATION
                || this == AGENCY_CONSULTATION;
    }
}
