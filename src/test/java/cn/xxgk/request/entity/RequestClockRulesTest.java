package cn.xxgk.request.entity;

import static cn.xxgk.request.entity.DisclosureRequestTest.NOW;
import static cn.xxgk.request.entity.DisclosureRequestTest.RECEIVED;
import static cn.xxgk.request.entity.DisclosureRequestTest.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The request's clock rules in the entity: start at receipt, consultation letters' receipt, extension only in time. */
class RequestClockRulesTest {

    /** Art. 31: the clock starts at receipt; acceptance moves it only to the day the channel's rule gives, and says so. */
    @Test
    void art31TheClockStartsAtReceiptAndAcceptanceMovesItOnlyVisibly() {
        DisclosureRequest same = DisclosureRequestTest.received();
        assertEquals(RECEIVED, same.getClock().getStartOn(), "registered: the clock runs from the day of receipt");
        assertFalse(same.handling().accept(RECEIVED, "office", NOW), "the same day: the clock goes on");
        assertEquals("clock start " + RECEIVED, same.getTimeline().getLast().getComment());

        DisclosureRequest signedLater = DisclosureRequestTest.received();
        assertTrue(signedLater.handling().accept(RECEIVED.plusDays(2), "office", NOW));
        assertEquals(RECEIVED.plusDays(2), signedLater.getClock().getStartOn());
        assertEquals("clock start moved from " + RECEIVED + " to " + RECEIVED.plusDays(2),
                signedLater.getTimeline().getLast().getComment());
    }

    /** Arts. 32, 34: a posted letter's period starts when it is signed for; no silence before that. */
    @Test
    void art32SilenceIsRefusedWhileThePostedLetterIsNotKnownToHaveArrived() {
        DisclosureRequest r = DisclosureRequestTest.accepted();
        Consultation c = r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "合同金额", RECEIVED.plusDays(1), LetterDelivery.POST,
                "office", NOW);
        assertTrue(c.isAwaitingDelivery());
        assertNull(c.getLetterReceivedOn());
        assertEquals("request.invalid.silenceBeforeDelivery", assertThrows(InvalidInputException.class,
                () -> r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.SILENCE, null, null, null, "office",
                        NOW)).messageKey());
        assertEquals("request.invalid.dateTooEarly", assertThrows(InvalidInputException.class,
                () -> r.consulting().letterReceived(RECEIVED, "office", NOW)).messageKey(), "not received before it was sent");

        r.consulting().letterReceived(RECEIVED.plusDays(4), "office", NOW);
        assertEquals(RECEIVED.plusDays(4), c.getLetterReceivedOn());
        assertFalse(c.isAwaitingDelivery());
        assertEquals(RequestStep.CONSULTATION_LETTER_RECEIVED, r.getTimeline().getLast().getStep());
        assertEquals("request.invalid.letterReceivedAlready", assertThrows(InvalidInputException.class,
                () -> r.consulting().letterReceived(RECEIVED.plusDays(5), "office", NOW)).messageKey());
        assertEquals("request.invalid.dateTooEarly", assertThrows(InvalidInputException.class,
                () -> r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.CONSENT, RECEIVED.plusDays(3), null,
                        null, "office", NOW)).messageKey(), "no answer before the letter arrived");
        // its period from receipt is not over on TODAY: silence still refused
        assertEquals("request.invalid.silenceTooEarly", assertThrows(InvalidInputException.class,
                () -> r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.SILENCE, null, null, TODAY, "office",
                        NOW)).messageKey());
        assertEquals(TODAY.minusDays(1), r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.SILENCE, null, null,
                TODAY.minusDays(1), "office", NOW), "the pause ends on the last day of the party's period");
    }

    @Test
    void aLetterServedInPersonIsReceivedTheDayItIsSent() {
        DisclosureRequest r = DisclosureRequestTest.accepted();
        Consultation c = r.consulting().consult(ConsultationKind.AGENCY, "郑州市财政局", "共同制作的信息", RECEIVED.plusDays(1), "office", NOW);
        assertEquals(LetterDelivery.IN_PERSON, c.getLetterDelivery());
        assertEquals(RECEIVED.plusDays(1), c.getLetterReceivedOn());
        assertEquals("request.invalid.letterReceivedAlready", assertThrows(InvalidInputException.class,
                () -> r.consulting().letterReceived(TODAY, "office", NOW)).messageKey(), "nothing to record when handed over");
    }

    /** Art. 33(2): once the reply deadline has passed, no extension is asked for or approved; a refusal still is. */
    @Test
    void art33NoExtensionAfterTheReplyDeadline() {
        LocalDate passed = TODAY.minusDays(1);
        DisclosureRequest r = DisclosureRequestTest.accepted();
        InvalidInputException late = assertThrows(InvalidInputException.class,
                () -> r.extending().request(5, "复杂", passed, "office", NOW));
        assertEquals("request.invalid.extensionAfterDue", late.messageKey());
        assertNull(r.getExtension().getPendingDays(), "nothing half-saved");

        r.extending().request(5, "复杂", TODAY, "office", NOW); // the due day itself still counts
        assertEquals("request.invalid.extensionAfterDue", assertThrows(InvalidInputException.class,
                () -> r.extending().decide(true, null, passed, "officehead", NOW)).messageKey());
        assertEquals(5, r.getExtension().getPendingDays(), "the refused approval leaves the request as it was");
        assertEquals(0, r.extending().decide(false, "已逾期", passed, "officehead", NOW));
        assertEquals(0, r.getExtension().getGrantedDays());
    }

    /** Arts. 32-34 with Art. 33(2): while a consultation pauses the clock there is no due date, and an extension works. */
    @Test
    void art33AnExtensionDuringAConsultationPauseIsGranted() {
        DisclosureRequest r = DisclosureRequestTest.accepted();
        r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "合同金额", RECEIVED.plusDays(1), "office", NOW);
        r.extending().request(10, "需调取档案", null, "office", NOW);
        assertEquals(10, r.extending().decide(true, null, null, "officehead", NOW));
        assertEquals(10, r.getExtension().getGrantedDays());
        assertEquals(DeadlineKind.REPLY.extensionCap(), Extension.CAP, "the cap is the reply kind's");
    }
}
