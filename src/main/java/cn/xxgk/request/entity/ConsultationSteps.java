package cn.xxgk.request.entity;

import static cn.xxgk.request.entity.StepInput.requireEventDay;
import static cn.xxgk.request.entity.StepInput.requireText;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The consultations of a request (Arts. 32-34; {@link DisclosureRequest#consulting()}): the letter to
 * a third party or another agency, its receipt, the answer or silence, and the override in the
 * public interest. The rules of one consultation are {@link Consultation}'s.
 */
public final class ConsultationSteps {

    private final DisclosureRequest r;

    ConsultationSteps(DisclosureRequest request) {
        this.r = request;
    }

    /** Consults by a letter served in person (received the day it is sent). */
    public Consultation consult(ConsultationKind kind, String party, String matter, LocalDate sentOn, String actor,
                                LocalDateTime now) {
        return consult(kind, party, matter, sentOn, LetterDelivery.IN_PERSON, actor, now);
    }

    /**
     * Consults a third party or another agency; the reply clock is paused from the day sent (the
     * time of the consultation is not counted, Arts. 32, 34). The consulted party's own period runs
     * from the day it receives the letter: the sending day when served in person, by post the day
     * signed for ({@link #letterReceived}).
     */
    public Consultation consult(ConsultationKind kind, String party, String matter, LocalDate sentOn,
                                LetterDelivery delivery, String actor, LocalDateTime now) {
        boolean thirdParty = kind == ConsultationKind.THIRD_PARTY;
        RequestStep step = thirdParty ? RequestStep.THIRD_PARTY_CONSULTED : RequestStep.AGENCY_CONSULTED;
        r.require(ProcedureStep.CONSULT, step, now);
        String who = requireText(party, "request.invalid.partyRequired");
        if (who.length() > RequestForm.MAX_NAME) {
            throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_NAME);
        }
        String what = requireText(matter, "request.invalid.matterRequired");
        requireEventDay(sentOn, clockRunningSince(), now);
        if (delivery == null) {
            throw new InvalidInputException("request.invalid.letterDeliveryRequired");
        }
        Consultation consultation = new Consultation(r, kind, who, what, sentOn, delivery);
        r.consulted(consultation);
        r.move(thirdParty ? RequestState.THIRD_PARTY_CONSULTATION : RequestState.AGENCY_CONSULTATION, step, actor,
                who + ", sent " + sentOn + ": " + what, now, null);
        return consultation;
    }

    /** The posted consultation letter was signed for on that day: the consulted party's period starts. */
    public Consultation letterReceived(LocalDate day, String actor, LocalDateTime now) {
        r.require(ProcedureStep.LETTER_RECEIVED, RequestStep.CONSULTATION_LETTER_RECEIVED, now);
        Consultation open = r.openConsultation().orElseThrow();
        requireEventDay(day, open.getSentOn(), now);
        open.letterReceived(day);
        r.move(r.getState(), RequestStep.CONSULTATION_LETTER_RECEIVED, actor, open.getParty() + ": " + day, now, null);
        return open;
    }

    /**
     * The consulted party's answer; silence only once its own period ({@code answerDueOn}) has passed,
     * and then the pause ends on that last day. The clock runs again after the returned day.
     */
    public LocalDate answer(ConsultationKind kind, ConsultationAnswer answer, LocalDate receivedDay, String text,
                            LocalDate answerDueOn, String actor, LocalDateTime now) {
        boolean thirdParty = kind == ConsultationKind.THIRD_PARTY;
        RequestStep step = thirdParty ? RequestStep.THIRD_PARTY_ANSWERED : RequestStep.AGENCY_ANSWERED;
        r.require(ProcedureStep.ANSWER, step, now);
        if (r.getState() != (thirdParty ? RequestState.THIRD_PARTY_CONSULTATION : RequestState.AGENCY_CONSULTATION)) {
            throw new IllegalRequestStepException(r.getState(), step);
        }
        if (answer == null) {
            throw new InvalidInputException("request.invalid.answerRequired");
        }
        Consultation open = r.openConsultation().orElseThrow();
        LocalDate day = open.answerDay(answer, receivedDay, answerDueOn, now);
        String answerText = RequestForm.blank(text) ? null : requireText(text, "request.invalid.answerRequired");
        open.answer(answer, day, answerText);
        r.move(RequestState.ACCEPTED, step, actor, open.getParty() + ": " + answer + " " + day
                + (answerText == null ? "" : " " + answerText), now, null);
        return day;
    }

    /**
     * Disclosure despite the third party's refusal, because withholding would seriously harm the
     * public interest (Art. 32): the reason and the written notice to the third party are recorded.
     */
    public Consultation overrideInPublicInterest(String reason, String noticeText, LocalDate noticeOn, String actor,
                                                 LocalDateTime now) {
        r.require(ProcedureStep.OVERRIDE, RequestStep.PUBLIC_INTEREST_OVERRIDE, now);
        Consultation refused = Consultations.standingRefusal(r.getConsultations()).orElseThrow();
        String why = requireText(reason, "request.invalid.overrideReasonRequired");
        String notice = requireText(noticeText, "request.invalid.overrideNoticeRequired");
        LocalDate day = noticeOn == null ? now.toLocalDate() : noticeOn;
        requireEventDay(day, refused.getAnsweredOn(), now);
        refused.override(why, notice, day, actor);
        r.move(r.getState(), RequestStep.PUBLIC_INTEREST_OVERRIDE, actor, refused.getParty() + ": " + why, now, null);
        return refused;
    }

    /**
     * The day from which the reply clock runs now: its start (else receipt), a correction's receipt
     * or the last answer; a consultation letter is not sent before it.
     */
    private LocalDate clockRunningSince() {
        LocalDate since = r.clockStart();
        LocalDate restart = r.getCorrection().replyPeriodRestartsOn();
        if (restart != null && restart.isAfter(since)) {
            since = restart;
        }
        LocalDate answered = Consultations.lastAnswerOn(r.getConsultations());
        return answered != null && answered.isAfter(since) ? answered : since;
    }
}
