package cn.xxgk.request.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a request's history allows its reply to state: the outcome and the sub-row of the annual
 * report must tell what happened, not what would be convenient. The one place of these rules;
 * the reply refuses what they refuse, and the screen offers only what they allow.
 * <ul>
 * <li>补正后申请内容仍不明确 only after the correction notice and the corrected request (Art. 30);</li>
 * <li>逾期不补正 never in a reply: only through abandonment, once the period set in the notice has
 *     passed (Art. 30, {@link DisclosureRequest#abandon});</li>
 * <li>重复申请 only when the request is linked to an earlier one of the same applicant and matter
 *     that was answered (Art. 36(6): "已就申请人提出的政府信息公开申请作出答复");</li>
 * <li>无正当理由大量反复申请 only after the office asked the applicant for reasons (Art. 35:
 *     "行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予处理");</li>
 * <li>逾期未缴费 only after a fee notice (Art. 42); the system issues none yet, so never;</li>
 * <li>保护第三方合法权益 not once the third party consented (Art. 32: withholding is for a third
 *     party that does not agree), unless another third party's refusal stands;</li>
 * <li>予以公开 not while a third party's refusal stands without a public-interest override (Art. 32).</li>
 * </ul>
 *
 * @param correctionAnswered    a correction notice went out and the corrected request came back
 * @param earlierAnswered       the request is a repeat of an earlier one of the same applicant that was answered
 * @param reasonsAsked          the office asked the applicant for the reasons of the requests (Art. 35)
 * @param thirdPartyConsented   a consulted third party agreed to the disclosure
 * @param thirdPartyRefusalStands a consulted third party refused and no public-interest override was made
 */
public record ReplyGrounds(boolean correctionAnswered, boolean earlierAnswered, boolean reasonsAsked,
                           boolean thirdPartyConsented, boolean thirdPartyRefusalStands) {

    /** Why the history does not allow the reason, as a message key; empty when it does. */
    public Optional<String> refusal(ReplyReason reason) {
        String key = switch (reason) {
            case STILL_UNCLEAR_AFTER_CORRECTION -> correctionAnswered ? null : "request.invalid.reason.noCorrection";
            case CORRECTION_OVERDUE -> "request.invalid.reason.correctionOverdue";
            case REPEATED_REQUEST -> earlierAnswered ? null : "request.invalid.reason.noAnsweredEarlier";
            case EXCESSIVE_REQUESTS -> reasonsAsked ? null : "request.invalid.reason.reasonsNotAsked";
            case FEE_OVERDUE -> "request.invalid.reason.noFeeNotice";
            case THIRD_PARTY_RIGHTS -> thirdPartyConsented && !thirdPartyRefusalStands
                    ? "request.invalid.reason.thirdPartyConsented" : null;
            default -> null;
        };
        return Optional.ofNullable(key);
    }

    /** Why the history does not allow the outcome, as a message key; empty when it does. */
    public Optional<String> refusal(ReplyOutcome outcome) {
        if (outcome == ReplyOutcome.DISCLOSED) {
            return thirdPartyRefusalStands ? Optional.of("request.invalid.thirdPartyRefused") : Optional.empty();
        }
        return possibleReasons(outcome).isEmpty() ? Optional.of("request.invalid.outcomeNotAllowed") : Optional.empty();
    }

    /** The outcomes a reply may state now, in the order of the annual report. */
    public List<ReplyOutcome> possibleOutcomes() {
        return Arrays.stream(ReplyOutcome.values()).filter(o -> refusal(o).isEmpty()).toList();
    }

    /** The sub-rows a reply with the outcome may state now (none for a full disclosure). */
    public List<ReplyReason> possibleReasons(ReplyOutcome outcome) {
        if (outcome == null || outcome == ReplyOutcome.DISCLOSED) {
            return List.of();
        }
        return Arrays.stream(ReplyReason.values()).filter(r -> r.fits(outcome) && refusal(r).isEmpty()).toList();
    }
}
