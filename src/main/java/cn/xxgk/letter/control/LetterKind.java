package cn.xxgk.letter.control;

import java.util.Locale;

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
    /** 第三方意见征询函 (Art. 32): asks the third party's opinion within 15 working days. */
    THIRD_PARTY_CONSULTATION(Recipient.THIRD_PARTY, false),
    /** 决定公开告知书 (Art. 32): disclosure despite the third party's refusal, what and why. */
    OVERRIDE_NOTICE(Recipient.THIRD_PARTY, true),
    /** 答复书 (Arts. 36-39): the reply, one template per outcome. */
    REPLY(Recipient.APPLICANT, true),
    /** 办理情况报告: the result of a forwarded request, reported back to the municipal office. */
    REPORT_BACK(Recipient.MUNICIPAL_OFFICE, false);

    /** Whom the letter is addressed to. */
    public enum Recipient {
        APPLICANT, THIRD_PARTY, MUNICIPAL_OFFICE
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
     * Letters to a third party do not name the applicant: the third party needs to know what is
     * asked, not who asks (personal information, minimum necessary).
     */
    public boolean namesApplicant() {
        return recipient != Recipient.THIRD_PARTY;
    }

    /** The template's resource path under {@code letters/}, without the extension. */
    public String template(ReplyWording outcome) {
        if (this == REPLY) {
            return "replies/" + outcome.template();
        }
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
