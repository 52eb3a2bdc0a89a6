package cn.xxgk.letter.control;

import cn.xxgk.calendar.control.DeadlineKind;
import java.util.Locale;
import java.util.Optional;

/**
 * The written notices of the request procedure (PRODUCT.md §3, issue #5 item 6). Each has a template
 * {@code letters/<template>.html}; a reply letter has one template per {@link ReplyWording}.
 */
public enum LetterKind {

    /** 登记回执: the request is registered, with its number, query code and reply due date. */
    RECEIPT(Recipient.APPLICANT, false),
    /** 补正告知书 (Art. 30): what to clarify and by when. */
    CORRECTION_NOTICE(Recipient.APPLICANT, true),
    /** 延期答复告知书 (Art. 33): the extension, its reason and the new due date. */
    EXTENSION_NOTICE(Recipient.APPLICANT, true),
    /** 第三方意见征询函 (Art. 32): asks the third party's opinion within its period from receipt. */
    THIRD_PARTY_CONSULTATION(Recipient.THIRD_PARTY, false),
    /** 征求意见函 (Art. 34): asks another agency that made the information jointly; silence is consent. */
    INTER_AGENCY_CONSULTATION(Recipient.OTHER_AGENCY, false),
    /** 决定公开告知书 (Art. 32): disclosure despite the third party's refusal, what and why. */
    OVERRIDE_NOTICE(Recipient.THIRD_PARTY, true),
    /** 答复书 (Arts. 36-39): the reply, one template per outcome. */
    REPLY(Recipient.APPLICANT, true),
    /** 办理情况报告: the result of a forwarded request, reported back to the municipal office. */
    REPORT_BACK(Recipient.MUNICIPAL_OFFICE, false);

    /** Whom the letter is addressed to. */
    public enum Recipient {
        APPLICANT, THIRD_PARTY, OTHER_AGENCY, MUNICIPAL_OFFICE
    }

    private final Recipient recipient;
    private final boolean namesRemedies;

    LetterKind(Recipient recipient, boolean namesRemedies) {
        this.recipient = recipient;
        this.namesRemedies = namesRemedies;
    }

    public Recipient recipient() {
        return recipient;
    }

    /**
     * Whether the letter decides something its addressee may challenge, and so must name
     * administrative review and litigation. A receipt, a request for an opinion and a report to a
     * superior office decide nothing for their addressee.
     */
    public boolean namesRemedies() {
        return namesRemedies;
    }

    /**
     * Letters to a third party or a consulted agency do not name the applicant: they need to know
     * what is asked, not who asks (personal information, minimum necessary).
     */
    public boolean namesApplicant() {
        return recipient == Recipient.APPLICANT || recipient == Recipient.MUNICIPAL_OFFICE;
    }

    /**
     * The period the addressee has to answer a consultation letter, counted from its receipt of the
     * letter (Arts. 32, 34); the letter states the number from here.
     */
    public Optional<DeadlineKind> answerPeriod() {
        return switch (this) {
            case THIRD_PARTY_CONSULTATION -> Optional.of(DeadlineKind.THIRD_PARTY_ANSWER);
            case INTER_AGENCY_CONSULTATION -> Optional.of(DeadlineKind.INTER_AGENCY_ANSWER);
            default -> Optional.empty();
        };
    }

    /** The template's resource path under {@code letters/}, without the extension. */
    public String template(ReplyWording outcome) {
        if (this == REPLY) {
            return "replies/" + outcome.template();
        }
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
