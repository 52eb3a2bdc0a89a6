package cn.xxgk.request.boundary;

import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.OrganisationKind;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;

/**
 * One group of requests that matter to a year's annual report (国办公开办函〔2021〕30号): how many
 * requests of one applicant kind were received before the year or in it, ended in the year or not
 * (yet), and with which outcome and reason. A split request is never counted, its parts are.
 *
 * @param organisationKind null for a natural person (and for a legal person whose kind was never recorded)
 * @param receivedBeforeYear received before 1 January of the year: carried over (上年结转); otherwise new (本年新收)
 * @param endedInYear the outcome came in the year (counted under 办理结果); otherwise carried into the next year
 * @param outcome null while the request is open, or when an ended request lacks its outcome
 */
public record RequestTally(ApplicantType applicantType, OrganisationKind organisationKind, boolean receivedBeforeYear,
                           boolean endedInYear, ReplyOutcome outcome, ReplyReason reason, long count) {
}
