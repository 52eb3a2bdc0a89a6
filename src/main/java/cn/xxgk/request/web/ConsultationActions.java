package cn.xxgk.request.web;

import cn.xxgk.request.boundary.RequestConsultations;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.LetterDelivery;
import cn.xxgk.request.entity.RequestState;
import cn.xxgk.request.entity.RequestStep;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The consultation steps on a request's page (Arts. 32-34): the letter and how it went, the day a
 * posted letter was signed for, the answer, the public-interest override. One boundary call each,
 * with the version the page was loaded with; a refusal is shown on the field it concerns.
 */
@Named
@ViewScoped
public class ConsultationActions implements Serializable {

    @Inject
    RequestConsultations consultations;

    @Inject
    RequestView page;

    @Inject
    StepForms steps;

    private ConsultationKind kind;
    private String party;
    private String matter;
    private LocalDate day;
    private LetterDelivery delivery = LetterDelivery.IN_PERSON;
    private ConsultationAnswer answer;
    private String text;
    private String reason;

    public String consult() {
        return steps.attempt("consult", () -> steps.done(consultations.consult(id(), version(), kind, party, matter, day,
                delivery), kind == ConsultationKind.AGENCY ? RequestStep.AGENCY_CONSULTED : RequestStep.THIRD_PARTY_CONSULTED));
    }

    public String letterReceived() {
        return steps.attempt("letter-received", () -> steps.done(consultations.letterReceived(id(), version(), day),
                RequestStep.CONSULTATION_LETTER_RECEIVED));
    }

    /** The answer of the consultation that runs now (the state says which kind). */
    public String recordAnswer() {
        ConsultationKind running = page.getRequest().getState() == RequestState.AGENCY_CONSULTATION
                ? ConsultationKind.AGENCY : ConsultationKind.THIRD_PARTY;
        return steps.attempt("answer", () -> steps.done(consultations.recordAnswer(id(), version(), running, answer, day,
                text), running == ConsultationKind.AGENCY ? RequestStep.AGENCY_ANSWERED : RequestStep.THIRD_PARTY_ANSWERED));
    }

    public String overrideInPublicInterest() {
        return steps.attempt("override", () -> steps.done(consultations.overrideInPublicInterest(id(), version(), reason,
                text, day), RequestStep.PUBLIC_INTEREST_OVERRIDE));
    }

    private Long id() {
        return page.getId();
    }

    private long version() {
        return page.getRequest().getVersion();
    }

    public ConsultationKind[] getKinds() { return ConsultationKind.values(); }
    public ConsultationAnswer[] getAnswers() { return ConsultationAnswer.values(); }
    public LetterDelivery[] getDeliveries() { return LetterDelivery.values(); }

    public ConsultationKind getKind() { return kind; }
    public void setKind(ConsultationKind kind) { this.kind = kind; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public String getMatter() { return matter; }
    public void setMatter(String matter) { this.matter = matter; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LetterDelivery getDelivery() { return delivery; }
    public void setDelivery(LetterDelivery delivery) { this.delivery = delivery; }
    public ConsultationAnswer getAnswer() { return answer; }
    public void setAnswer(ConsultationAnswer answer) { this.answer = answer; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
