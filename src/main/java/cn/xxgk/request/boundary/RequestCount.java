package cn.xxgk.request.boundary;

/**
 * Requests received in a period counted by channel, applicant kind, state, outcome and keeping of the
 * reply deadline, for the live statistics. Values are the names of the request component's enums.
 *
 * @param organisationKind null for a natural person
 * @param outcome null while there is none
 * @param timeliness ON_TIME, LATE (replied late, or open past its due day), RUNNING (open, not yet due) or NONE (no deadline)
 */
public record RequestCount(String channel, String applicantType, String organisationKind, String state, String outcome,
                           String timeliness, long count) {
}
