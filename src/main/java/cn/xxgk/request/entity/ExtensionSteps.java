package cn.xxgk.request.entity;

import static cn.xxgk.request.entity.StepInput.requireText;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The extension of the reply period (Art. 33(2); {@link DisclosureRequest#extending()}): the
 * handler asks, the office head decides. The rules are the {@link Extension} part's.
 */
public final class ExtensionSteps {

    private final DisclosureRequest r;

    ExtensionSteps(DisclosureRequest request) {
        this.r = request;
    }

    /**
     * The handler asks the office head for more time.
     *
     * @param replyDueOn the reply due date now; null while a consultation pauses the clock
     */
    public void request(int workingDays, String reason, LocalDate replyDueOn, String actor, LocalDateTime now) {
        r.require(ProcedureStep.EXTENSION_REQUEST, RequestStep.EXTENSION_REQUESTED, now);
        String why = requireText(reason, "request.invalid.extensionReasonRequired");
        r.extensionToChange().request(workingDays, why, replyDueOn, actor, now);
        r.move(r.getState(), RequestStep.EXTENSION_REQUESTED, actor, workingDays + ": " + why, now, null);
    }

    /** The office head decides; returns the working days granted (0 when refused). */
    public int decide(boolean approve, String comment, LocalDate replyDueOn, String actor, LocalDateTime now) {
        RequestStep step = approve ? RequestStep.EXTENSION_APPROVED : RequestStep.EXTENSION_REFUSED;
        r.require(ProcedureStep.EXTENSION_DECISION, step, now);
        String note = RequestForm.blank(comment) ? null : comment.strip();
        int days = r.extensionToChange().decide(approve, replyDueOn, now);
        r.move(r.getState(), step, actor, approve ? days + (note == null ? "" : ": " + note) : note, now, null);
        return approve ? days : 0;
    }
}
