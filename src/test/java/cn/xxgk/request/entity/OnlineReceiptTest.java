package cn.xxgk.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A request filed online on the portal: received on the day both sides confirm it (Art. 31(3)). */
class OnlineReceiptTest {

    static final LocalDate FILED = LocalDate.of(2026, 3, 6); // a Friday
    static final LocalDateTime CONFIRMED_AT = LocalDate.of(2026, 3, 9).atTime(9, 30); // the Monday after

    static DisclosureRequest filed() {
        return DisclosureRequest.filedOnline("2026-0007", form(Channel.ONLINE), new ProtectedIdNumber(new byte[]{1},
                new byte[32], "4101**********123X"), new SealedContact(null, null, null, null, null), new byte[32], null,
                null, true, FILED.atTime(22, 15));
    }

    static RequestForm form(Channel channel) {
        return new RequestForm(channel, FILED, ApplicantType.NATURAL_PERSON, null, "张三", null,
                IdentityDocumentType.RESIDENT_ID_CARD, null, "zhang@example.cn", null, null, "2025年部门预算公开文件",
                FormWanted.ELECTRONIC, DeliveryMethod.EMAIL, null, null, null, null);
    }

    @Test
    @DisplayName("Art. 31(3) 以双方确认之日为收到申请之日: the office's confirmation day is the day of receipt")
    void art31TheDayOfReceiptOfAnOnlineRequestIsTheDayTheOfficeConfirmsIt() {
        DisclosureRequest r = filed();
        assertTrue(r.awaitsReceiptConfirmation());
        assertNull(r.legalReceiptDay(), "filed, not yet received");
        assertEquals(DisclosureRequest.PORTAL, r.getHandler(), "nobody's until confirmed");

        r.handling().confirmReceipt("office", CONFIRMED_AT);

        assertFalse(r.awaitsReceiptConfirmation());
        assertEquals(CONFIRMED_AT.toLocalDate(), r.legalReceiptDay(), "the later of the two confirmations: the office's");
        assertEquals(CONFIRMED_AT.toLocalDate(), r.clockStart(), "the reply clock runs from it");
        assertEquals(FILED, r.getReceivedOn(), "the day filed stays recorded");
        assertEquals("office", r.getHandler(), "who confirms handles it");
        assertEquals(RequestStep.RECEIPT_CONFIRMED, r.getTimeline().getLast().getStep());
        assertEquals("request.invalid.receiptConfirmedAlready", assertThrows(InvalidInputException.class,
                () -> r.handling().confirmReceipt("office", CONFIRMED_AT)).messageKey(), "once");
    }

    @Test
    @DisplayName("Art. 31(3): an online request is not accepted or split before the office confirms its receipt")
    void art31NoAcceptanceBeforeTheOfficeConfirms() {
        DisclosureRequest r = filed();
        assertEquals("request.invalid.confirmReceiptFirst", assertThrows(InvalidInputException.class,
                () -> r.handling().accept(FILED, "portal", CONFIRMED_AT)).messageKey());
        r.handling().confirmReceipt("office", CONFIRMED_AT);
        assertFalse(r.handling().accept(CONFIRMED_AT.toLocalDate(), "office", CONFIRMED_AT), "the clock already runs from the confirmation");
        assertEquals(RequestState.ACCEPTED, r.getState());
    }

    @Test
    void onlyOnlineRequestsAreConfirmedAndOnlyThePortalFilesThem() {
        DisclosureRequest post = DisclosureRequestTest.received();
        assertEquals("request.invalid.confirmOnlineOnly", assertThrows(InvalidInputException.class,
                () -> post.handling().confirmReceipt("office", CONFIRMED_AT)).messageKey());
        assertEquals(Optional.of("request.invalid.onlineViaPortal"),
                form(Channel.ONLINE).firstFlaw(FILED).map(RequestForm.Flaw::key), "the office does not register ONLINE");
        assertEquals(Optional.empty(), form(Channel.ONLINE).firstFlawOnline(FILED), "the portal files it with the same checks");
        assertEquals(Optional.of("request.invalid.channelRequired"),
                form(Channel.POST).firstFlawOnline(FILED).map(RequestForm.Flaw::key));
    }
}
