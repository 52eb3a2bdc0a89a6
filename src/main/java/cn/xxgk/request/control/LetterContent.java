package cn.xxgk.request.control;

import cn.xxgk.letter.control.LetterData;
import cn.xxgk.letter.control.ReplyWording;
import cn.xxgk.request.entity.Consultation;
import cn.xxgk.request.entity.DisclosureRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * What each letter of the procedure says, taken from the request as the step left it: the letter
 * component lays it out, fills in the agency and the remedies, and checks what each kind cannot do
 * without. A letter the office issues now carries the real day it is issued, not a day typed for
 * the step (a correction notice recorded as sent last week is still issued today); the timeline
 * keeps the stated day beside the day recorded.
 */
public final class LetterContent {

    private LetterContent() {
    }

    /** 登记回执: the reply due date as the clock would run from the day of receipt (Art. 31). */
    public static LetterData receipt(DisclosureRequest r, LocalDate replyDue, LocalDate letterDate) {
        return toApplicant(r, letterDate).dueDate(replyDue).build();
    }

    /** 补正告知书, from the notice just recorded, dated the day it is issued. */
    public static LetterData correctionNotice(DisclosureRequest r, LocalDate issuedOn) {
        return toApplicant(r, issuedOn)
                .details(r.getCorrection().getNoticeText())
                .respondBy(r.getCorrection().getDueOn())
                .build();
    }

    /** 延期答复告知书: the days granted now and the new due date. */
    public static LetterData extensionNotice(DisclosureRequest r, int days, LocalDate newDue, LocalDate letterDate) {
        return extensionNotice(r, days, newDue, null, letterDate);
    }

    /**
     * 延期答复告知书 approved while a consultation pauses the clock: no due date is known until the
     * consultation ends, so the notice states the working days left ({@code remaining}) instead.
     */
    public static LetterData extensionNotice(DisclosureRequest r, int days, LocalDate newDue, Integer remaining,
                                             LocalDate letterDate) {
        return toApplicant(r, letterDate)
                .details(r.getExtension().getReason())
                .extensionDays(days)
                .dueDate(newDue)
                .remainingWorkingDays(newDue == null ? remaining : null)
                .build();
    }

    /**
     * 第三方意见征询函 or, to another agency, 征求意见函: what is asked and the answer's last day when it
     * is known (served in person; by post the letter states the period from receipt alone); the
     * applicant is not named (the consulted party needs to know what is asked, not who asks).
     */
    public static LetterData consultation(DisclosureRequest r, Consultation c, LocalDate respondBy) {
        return common(r, c.getSentOn())
                .thirdPartyName(c.getParty())
                .details(c.getMatter())
                .respondBy(respondBy)
                .build();
    }

    /** 决定公开告知书 to the third party that refused: what is disclosed (the notice text) and why. */
    public static LetterData overrideNotice(DisclosureRequest r, Consultation c) {
        return common(r, c.getOverrideNoticeOn())
                .thirdPartyName(c.getParty())
                .informationProvided(c.getOverrideNoticeText())
                .details(c.getOverrideReason())
                .build();
    }

    /**
     * 答复书 in the given wording: the reply text as the reasons or remarks, how to obtain the
     * information, the competent agency (Art. 36(5)), the earlier request of a repeat, and for an
     * abandoned request the correction period that passed.
     */
    public static LetterData reply(DisclosureRequest r, ReplyWording wording, LocalDate letterDate, String details,
                                   String competentAgency, String competentAgencyContact, String earlierRequestNumber) {
        return toApplicant(r, letterDate)
                .outcome(wording)
                .details(details)
                .informationProvided(r.getReply().getHowToObtain())
                .competentAgency(competentAgency)
                .competentAgencyContact(competentAgencyContact)
                .earlierRequestNumber(earlierRequestNumber)
                .respondBy(wording == ReplyWording.NO_CORRECTION_IN_TIME ? r.getCorrection().getDueOn() : null)
                .build();
    }

    /** 办理情况报告 to the municipal office: the reply, the result as reported, the letters enclosed. */
    public static LetterData reportBack(DisclosureRequest r, ReplyWording wording, LocalDate replyDate,
                                        String replyLetterNumber, List<String> enclosures, LocalDate issuedOn) {
        return toApplicant(r, issuedOn)
                .outcome(wording)
                .details(r.getReportBack().getResult())
                .handoverReference(r.getHandover().getReference())
                .replyDate(replyDate)
                .replyLetterNumber(replyLetterNumber)
                .enclosures(enclosures)
                .build();
    }

    private static LetterData.Builder toApplicant(DisclosureRequest r, LocalDate letterDate) {
        return common(r, letterDate).applicantName(r.getApplicant().getName());
    }

    private static LetterData.Builder common(DisclosureRequest r, LocalDate letterDate) {
        return LetterData.builder()
                .letterDate(letterDate)
                .requestNumber(r.getNumber())
                .receivedDate(r.legalReceiptDay() == null ? r.getReceivedOn() : r.legalReceiptDay()) // online: the day both confirmed (Art. 31(3))
                .informationSought(r.getDescription());
    }
}
