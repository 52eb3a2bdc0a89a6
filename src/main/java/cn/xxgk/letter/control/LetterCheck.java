package cn.xxgk.letter.control;

import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;

/**
 * What each kind of letter cannot be written without, and dates that must not contradict each
 * other. A letter is a legal act: one that names no competent agency, no correction deadline or an
 * extension beyond the statutory cap is refused with a Chinese message instead of being printed.
 */
public final class LetterCheck {

    /** Art. 33(2): an extension adds at most {@link DeadlineKind#REPLY}'s cap in total. */
    public static final int MAX_EXTENSION_DAYS = DeadlineKind.REPLY.extensionCap();

    private LetterCheck() {
    }

    public static void check(LetterKind kind, LetterData data) {
        if (kind == null) {
            throw new InvalidInputException("letter.invalid.kindRequired");
        }
        require(data.agencyName(), "letter.invalid.agencyNameRequired");
        require(data.letterDate(), "letter.invalid.letterDateRequired");
        require(data.requestNumber(), "letter.invalid.requestNumberRequired");
        require(data.receivedDate(), "letter.invalid.receivedDateRequired");
        require(data.informationSought(), "letter.invalid.informationSoughtRequired");
        if (kind.namesApplicant()) {
            require(data.applicantName(), "letter.invalid.applicantNameRequired");
        }
        if (kind.namesRemedies()) {
            require(data.reviewBody(), "letter.invalid.reviewBodyRequired");
        }
        if (data.letterDate().isBefore(data.receivedDate())) {
            throw new InvalidInputException("letter.invalid.letterDateBeforeReceipt");
        }
        switch (kind) {
            case RECEIPT -> {
                require(data.dueDate(), "letter.invalid.dueDateRequired");
                after(data.dueDate(), data.receivedDate(), "letter.invalid.dueDateBeforeReceipt");
            }
            case CORRECTION_NOTICE -> {
                require(data.details(), "letter.invalid.correctionPointsRequired");
                require(data.respondBy(), "letter.invalid.respondByRequired");
                after(data.respondBy(), data.letterDate(), "letter.invalid.respondByBeforeLetter");
            }
            case EXTENSION_NOTICE -> {
                require(data.details(), "letter.invalid.extensionReasonRequired");
                if (data.dueDate() == null) {
                    // the clock is paused by a consultation: the notice states the working days left instead
                    require(data.remainingWorkingDays(), "letter.invalid.dueDateRequired");
                } else {
                    after(data.dueDate(), data.receivedDate(), "letter.invalid.dueDateBeforeReceipt");
                }
                Integer days = data.extensionDays();
                if (days == null || days < 1 || days > MAX_EXTENSION_DAYS) {
                    throw new InvalidInputException("letter.invalid.extensionDays", MAX_EXTENSION_DAYS);
                }
            }
            case THIRD_PARTY_CONSULTATION, INTER_AGENCY_CONSULTATION -> {
                // the answer's last day is known only when the letter is served in person (Arts. 32, 34:
                // the period runs from receipt); a posted letter states the period alone
                require(data.thirdPartyName(), "letter.invalid.thirdPartyNameRequired");
                if (data.respondBy() != null) {
                    after(data.respondBy(), data.letterDate(), "letter.invalid.respondByBeforeLetter");
                }
            }
            case OVERRIDE_NOTICE -> {
                require(data.thirdPartyName(), "letter.invalid.thirdPartyNameRequired");
                require(data.informationProvided(), "letter.invalid.informationProvidedRequired");
                require(data.details(), "letter.invalid.overrideReasonRequired");
            }
            case REPLY -> checkReply(data);
            case REPORT_BACK -> {
                require(data.municipalOffice(), "letter.invalid.municipalOfficeRequired");
                require(data.outcome(), "letter.invalid.outcomeRequired");
                require(data.replyDate(), "letter.invalid.replyDateRequired");
            }
        }
    }

    private static void checkReply(LetterData data) {
        ReplyWording outcome = data.outcome();
        require(outcome, "letter.invalid.outcomeRequired");
        switch (outcome) {
            case DISCLOSED, ALREADY_PUBLISHED -> require(data.informationProvided(), "letter.invalid.informationProvidedRequired");
            case PARTLY_DISCLOSED -> {
                require(data.informationProvided(), "letter.invalid.informationProvidedRequired");
                require(data.details(), "letter.invalid.withheldReasonRequired");
            }
            case NOT_HELD_OTHER_AGENCY -> require(data.competentAgency(), "letter.invalid.competentAgencyRequired");
            case REPEAT_REQUEST -> require(data.earlierRequestNumber(), "letter.invalid.earlierRequestRequired");
            case EXCESSIVE_REQUESTS, OTHER -> require(data.details(), "letter.invalid.reasonRequired");
            default -> {
                // The statutory wording of the template suffices; the handler may add details.
            }
        }
    }

    private static void require(Object value, String messageKey) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidInputException(messageKey);
        }
    }

    private static void after(LocalDate later, LocalDate earlier, String messageKey) {
        if (!later.isAfter(earlier)) {
            throw new InvalidInputException(messageKey);
        }
    }
}
