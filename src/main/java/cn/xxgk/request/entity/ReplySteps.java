package cn.xxgk.request.entity;

import static cn.xxgk.request.entity.StepInput.requireStepDay;
import static cn.xxgk.request.entity.StepInput.requireText;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The reply and what leads to it ({@link DisclosureRequest#replying()}): asking for reasons
 * (Art. 35), the reply with the outcome the history allows (Art. 36, {@link ReplyGrounds}), its
 * letter and its delivery. The rules of the reply are the {@link Reply} part's.
 */
public final class ReplySteps {

    private final DisclosureRequest r;

    ReplySteps(DisclosureRequest request) {
        this.r = request;
    }

    /**
     * Requests clearly beyond a reasonable number or frequency: the office asks the applicant for the
     * reasons (Art. 35: "行政机关可以要求申请人说明理由"), once; only then may a reply set them aside as
     * 无正当理由大量反复申请.
     */
    public void askForReasons(String text, LocalDate askedDay, String actor, LocalDateTime now) {
        r.require(ProcedureStep.ASK_REASONS, RequestStep.REASONS_ASKED, now);
        String what = requireText(text, "request.invalid.reasonsTextRequired");
        LocalDate day = askedDay == null ? now.toLocalDate() : askedDay;
        requireStepDay(day, r, now);
        r.reasonsToChange().ask(day, what);
        r.move(r.getState(), RequestStep.REASONS_ASKED, actor, "asked " + day + ": " + what, now, day);
    }

    /**
     * The reply: an outcome of the annual report with its reason where the report has one, both
     * allowed by the request's history ({@link #grounds()}), the text, how to obtain the
     * information when some is given; on the day stated (not after today, not before the previous step).
     */
    public void reply(ReplyOutcome result, ReplyReason reason, String text, String obtain, LocalDate repliedDay,
                      String actor, LocalDateTime now) {
        r.require(ProcedureStep.REPLY, RequestStep.REPLIED, now);
        Reply.requireAllowed(result, reason, grounds());
        String body = requireText(text, "request.invalid.replyTextRequired");
        String how = result.givesInformation() ? requireText(obtain, "request.invalid.howToObtainRequired") : null;
        LocalDate day = repliedDay == null ? now.toLocalDate() : repliedDay;
        requireStepDay(day, r, now);
        r.replyToChange().state(result, reason, body, how, day);
        r.extensionToChange().dropPending();
        r.move(RequestState.REPLIED, RequestStep.REPLIED, actor,
                result + (reason == null ? "" : "/" + reason) + " " + day, now, day);
    }

    /** What the request's history allows a reply to state now (nothing when no reply may be made). */
    public ReplyGrounds grounds() {
        boolean consented = Consultations.thirdPartyConsented(r.getConsultations());
        boolean refusal = Consultations.standingRefusal(r.getConsultations()).isPresent();
        DisclosureRequest earlier = r.repeatOf();
        boolean answeredBefore = earlier != null && earlier.getReply().isAnswered()
                && r.getApplicant().sameAs(earlier.getApplicant());
        return new ReplyGrounds(r.getCorrection().answered(), answeredBefore, r.getReasonsAsked().isAsked(),
                consented, refusal);
    }

    /** The outcomes a reply may state now; none when the state allows no reply. */
    public List<ReplyOutcome> possibleOutcomes() {
        return r.getState() == RequestState.ACCEPTED ? grounds().possibleOutcomes() : List.of();
    }

    /** The reasons a reply with the outcome may state now; none when the state allows no reply. */
    public List<ReplyReason> possibleReasons(ReplyOutcome result) {
        return r.getState() == RequestState.ACCEPTED ? grounds().possibleReasons(result) : List.of();
    }

    /**
     * The letter that answered the applicant (reply letter; for an abandoned request or a petition
     * the letter saying so), issued by the boundary right after the step, in its transaction.
     */
    public void attachLetter(Long letterId) {
        RequestState state = r.getState();
        if (state != RequestState.REPLIED && state != RequestState.ABANDONED && state != RequestState.NOT_A_REQUEST) {
            throw new IllegalStateException("request " + r.getNumber() + " has not been answered: " + state);
        }
        r.replyToChange().attachLetter(letterId);
    }

    /** How and when the reply reached the applicant. */
    public void recordDelivery(DeliveryMethod method, LocalDate day, String reference, String actor, LocalDateTime now) {
        r.require(ProcedureStep.DELIVERY, RequestStep.DELIVERED, now);
        if (method == null) {
            throw new InvalidInputException("request.invalid.deliveryRequired");
        }
        LocalDate on = day == null ? now.toLocalDate() : day;
        requireStepDay(on, r, now);
        if (reference != null && reference.strip().length() > 200) {
            throw new InvalidInputException("request.invalid.textTooLong", 200);
        }
        String ref = RequestForm.stripped(reference);
        r.replyToChange().deliver(method, on, ref);
        r.move(RequestState.CLOSED, RequestStep.DELIVERED, actor, method + " " + on + (ref == null ? "" : " " + ref),
                now, on);
    }
}
