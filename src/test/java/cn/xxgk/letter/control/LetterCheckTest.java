package cn.xxgk.letter.control;

import static cn.xxgk.letter.control.SampleLetters.complete;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A letter that lacks what its kind needs, or whose dates contradict, is refused with a message. */
class LetterCheckTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal(LetterKind.RECEIPT, null, b -> b.applicantName("  "), "letter.invalid.applicantNameRequired"),
                refusal(LetterKind.RECEIPT, null, b -> b.agencyName(null), "letter.invalid.agencyNameRequired"),
                refusal(LetterKind.RECEIPT, null, b -> b.informationSought(""), "letter.invalid.informationSoughtRequired"),
                refusal(LetterKind.RECEIPT, null, b -> b.dueDate(null), "letter.invalid.dueDateRequired"),
                refusal(LetterKind.RECEIPT, null, b -> b.dueDate(SampleLetters.RECEIVED), "letter.invalid.dueDateBeforeReceipt"),
                refusal(LetterKind.RECEIPT, null, b -> b.letterDate(SampleLetters.RECEIVED.minusDays(1)),
                        "letter.invalid.letterDateBeforeReceipt"),
                refusal(LetterKind.CORRECTION_NOTICE, null, b -> b.details(null), "letter.invalid.correctionPointsRequired"),
                refusal(LetterKind.CORRECTION_NOTICE, null, b -> b.respondBy(null), "letter.invalid.respondByRequired"),
                refusal(LetterKind.CORRECTION_NOTICE, null, b -> b.respondBy(SampleLetters.LETTER_DATE),
                        "letter.invalid.respondByBeforeLetter"),
                refusal(LetterKind.CORRECTION_NOTICE, null, b -> b.reviewBody(null), "letter.invalid.reviewBodyRequired"),
                refusal(LetterKind.EXTENSION_NOTICE, null, b -> b.extensionDays(21), "letter.invalid.extensionDays"),
                refusal(LetterKind.EXTENSION_NOTICE, null, b -> b.extensionDays(0), "letter.invalid.extensionDays"),
                refusal(LetterKind.EXTENSION_NOTICE, null, b -> b.extensionDays(null), "letter.invalid.extensionDays"),
                refusal(LetterKind.EXTENSION_NOTICE, null, b -> b.details(" "), "letter.invalid.extensionReasonRequired"),
                refusal(LetterKind.THIRD_PARTY_CONSULTATION, null, b -> b.thirdPartyName(null), "letter.invalid.thirdPartyNameRequired"),
                refusal(LetterKind.THIRD_PARTY_CONSULTATION, null, b -> b.respondBy(b.build().letterDate()),
                        "letter.invalid.respondByBeforeLetter"),
                refusal(LetterKind.INTER_AGENCY_CONSULTATION, null, b -> b.thirdPartyName(null), "letter.invalid.thirdPartyNameRequired"),
                refusal(LetterKind.EXTENSION_NOTICE, null, b -> b.dueDate(null), "letter.invalid.dueDateRequired"),
                refusal(LetterKind.OVERRIDE_NOTICE, null, b -> b.informationProvided(null), "letter.invalid.informationProvidedRequired"),
                refusal(LetterKind.OVERRIDE_NOTICE, null, b -> b.details(null), "letter.invalid.overrideReasonRequired"),
                refusal(LetterKind.REPLY, null, b -> b, "letter.invalid.outcomeRequired"),
                refusal(LetterKind.REPLY, ReplyWording.DISCLOSED, b -> b.informationProvided(null), "letter.invalid.informationProvidedRequired"),
                refusal(LetterKind.REPLY, ReplyWording.PARTLY_DISCLOSED, b -> b.details(null), "letter.invalid.withheldReasonRequired"),
                refusal(LetterKind.REPLY, ReplyWording.NOT_HELD_OTHER_AGENCY, b -> b.competentAgency(" "),
                        "letter.invalid.competentAgencyRequired"),
                refusal(LetterKind.REPLY, ReplyWording.REPEAT_REQUEST, b -> b.earlierRequestNumber(null),
                        "letter.invalid.earlierRequestRequired"),
                refusal(LetterKind.REPLY, ReplyWording.EXCESSIVE_REQUESTS, b -> b.details(null), "letter.invalid.reasonRequired"),
                refusal(LetterKind.REPLY, ReplyWording.OTHER, b -> b.details(null), "letter.invalid.reasonRequired"),
                refusal(LetterKind.REPORT_BACK, ReplyWording.DISCLOSED, b -> b.municipalOffice(null), "letter.invalid.municipalOfficeRequired"),
                refusal(LetterKind.REPORT_BACK, ReplyWording.DISCLOSED, b -> b.replyDate(null), "letter.invalid.replyDateRequired"),
                refusal(LetterKind.REPORT_BACK, null, b -> b, "letter.invalid.outcomeRequired"));
    }

    static Arguments refusal(LetterKind kind, ReplyWording outcome, UnaryOperator<LetterData.Builder> change, String key) {
        return Arguments.of(kind, outcome, change, key);
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("refusals")
    void refusedWithAMessageInBothLanguages(LetterKind kind, ReplyWording outcome, UnaryOperator<LetterData.Builder> change,
            String key) {
        LetterData complete = complete(outcome).build();
        if (kind != LetterKind.REPLY && kind != LetterKind.REPORT_BACK || outcome != null) {
            assertDoesNotThrow(() -> LetterCheck.check(kind, complete), "the complete letter passes");
        }

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> LetterCheck.check(kind, change.apply(complete.toBuilder()).build()));

        assertEquals(key, refused.messageKey());
        assertTrue(ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE).containsKey(key), key + " in Chinese");
        assertTrue(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).containsKey(key), key + " in English");
    }

    @Test
    void anExtensionOfExactlyTwentyWorkingDaysIsAllowed() {
        assertDoesNotThrow(() -> LetterCheck.check(LetterKind.EXTENSION_NOTICE, complete(null).extensionDays(20).build()));
    }

    @Test
    void theExtensionCapComesFromTheReplyDeadlineKind() {
        assertEquals(cn.xxgk.calendar.control.DeadlineKind.REPLY.extensionCap(), LetterCheck.MAX_EXTENSION_DAYS);
    }

    /** Arts. 32, 34: a posted consultation letter states its period from receipt alone; its last day is not known. */
    @Test
    void aConsultationLetterMayLeaveTheLastDayOutAndAPausedExtensionStatesTheDaysLeft() {
        LetterData posted = complete(null).respondBy(null).build();
        assertDoesNotThrow(() -> LetterCheck.check(LetterKind.THIRD_PARTY_CONSULTATION, posted));
        assertDoesNotThrow(() -> LetterCheck.check(LetterKind.INTER_AGENCY_CONSULTATION, posted));
        assertDoesNotThrow(() -> LetterCheck.check(LetterKind.EXTENSION_NOTICE,
                complete(null).dueDate(null).remainingWorkingDays(27).build()));
    }

    @Test
    void lettersToAThirdPartyNeedNoApplicantName() {
        LetterData anonymous = complete(null).applicantName(null).build();
        assertDoesNotThrow(() -> LetterCheck.check(LetterKind.THIRD_PARTY_CONSULTATION, anonymous));
        assertDoesNotThrow(() -> LetterCheck.check(LetterKind.INTER_AGENCY_CONSULTATION, anonymous));
        assertDoesNotThrow(() -> LetterCheck.check(LetterKind.OVERRIDE_NOTICE, anonymous));
    }

    @Test
    void aLetterMayBeDatedTheDayTheRequestArrived() {
        LetterData sameDay = complete(null).receivedDate(LocalDate.of(2026, 11, 25)).dueDate(LocalDate.of(2026, 12, 23)).build();
        assertDoesNotThrow(() -> LetterCheck.check(LetterKind.RECEIPT, sameDay));
    }
}
