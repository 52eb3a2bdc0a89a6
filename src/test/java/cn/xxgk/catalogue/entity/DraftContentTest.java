package cn.xxgk.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The drafting sheet's own checks. */
class DraftContentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static DraftContent with(String number, DisclosureAttribute attribute, ExemptionGround ground, String reason) {
        return new DraftContent("标题", "<p>正文</p>", "正文", "通告", number, LocalDate.of(2026, 11, 20),
                SubjectCategory.GENERAL_AFFAIRS, null, null, true, attribute, ground, reason, false, null);
    }

    @Test
    void aCompleteSheetHasNoFlaw() {
        assertTrue(with("郑大数据〔2019〕23号", DisclosureAttribute.PROACTIVE, null, null).firstFlaw(TODAY).isEmpty());
    }

    @Test
    void exemptWithoutGroundOrReasonIsRefused() {
        assertEquals("catalogue.invalid.exemptionReasonRequired",
                with(null, DisclosureAttribute.EXEMPT, null, null).firstFlaw(TODAY).orElseThrow().key());
        assertEquals("catalogue.invalid.exemptionReasonRequired",
                with(null, DisclosureAttribute.EXEMPT, ExemptionGround.ART15_THIRD_PARTY_RIGHTS, " ")
                        .firstFlaw(TODAY).orElseThrow().key());
        assertTrue(with(null, DisclosureAttribute.EXEMPT, ExemptionGround.ART15_THIRD_PARTY_RIGHTS, "涉及个人隐私")
                .firstFlaw(TODAY).isEmpty());
    }

    @Test
    void aMalformedDocumentNumberIsRefused() {
        assertEquals("catalogue.invalid.documentNumber",
                with("郑大数据[2019]23号", DisclosureAttribute.PROACTIVE, null, null).firstFlaw(TODAY).orElseThrow().key());
    }

    @Test
    void anOfficialDocumentNeedsAStatutoryType() {
        DraftContent memo = new DraftContent("标题", "<p>正文</p>", "正文", "备忘录", null, TODAY,
                SubjectCategory.GENERAL_AFFAIRS, null, null, true, DisclosureAttribute.PROACTIVE, null, null, false, null);
        assertEquals("catalogue.invalid.documentType", memo.firstFlaw(TODAY).orElseThrow().key());
    }

    @Test
    void aWrittenDateInTheFutureIsRefused() {
        DraftContent future = new DraftContent("标题", "<p>正文</p>", "正文", null, null, TODAY.plusDays(1),
                SubjectCategory.GENERAL_AFFAIRS, null, null, false, DisclosureAttribute.PROACTIVE, null, null, false, null);
        assertEquals("catalogue.invalid.writtenDateFuture", future.firstFlaw(TODAY).orElseThrow().key());
    }

    @Test
    void anEmptyBodyIsRefused() {
        DraftContent empty = new DraftContent("标题", "<p> </p>", "", null, null, TODAY,
                SubjectCategory.GENERAL_AFFAIRS, null, null, false, DisclosureAttribute.PROACTIVE, null, null, false, null);
        assertEquals("catalogue.invalid.bodyRequired", empty.firstFlaw(TODAY).orElseThrow().key());
    }
}
