package cn.xxgk.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Archive numbers (DA/T 22-2015 §7: 年度-保管期限-机构-件号) and the office's retention rule. */
class ArchiveNumberTest {

    @Test
    @DisplayName("DA/T 22-2015 §7: 档号 = 年度-保管期限-机构代码-件号, 件号 four digits at least")
    void theArchiveNumberIsYearRetentionAgencyItem() {
        assertEquals("2026-Y-MB1532375-0001", new ArchiveNumber(2026, Retention.Y, "MB1532375", 1).toString());
        assertEquals("2026-D30-MB1532375-0123", new ArchiveNumber(2026, Retention.D30, "MB1532375", 123).toString());
        assertEquals("2026-D10-MB1532375-12345", new ArchiveNumber(2026, Retention.D10, "MB1532375", 12345).toString());
        assertEquals(new ArchiveNumber(2026, Retention.D10, "MB1532375", 7), ArchiveNumber.parse("2026-D10-MB1532375-0007"));
    }

    @Test
    void whatIsNoArchiveNumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ArchiveNumber.parse("2026-D20-MB1532375-0001"));
        assertThrows(IllegalArgumentException.class, () -> ArchiveNumber.parse("2026-Y-MB1532375-1"));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveNumber(2026, Retention.Y, "MB/1532375", 1));
        assertThrows(IllegalArgumentException.class, () -> new ArchiveNumber(2026, Retention.Y, "MB1532375", 0));
    }

    @Test
    @DisplayName("DA/T 22-2015 §5 保管期限 永久, 30 年, 10 年: the rule row naming the classifier wins over the kind's *")
    void theRetentionRuleTakesTheMostSpecificRow() {
        List<RetentionRules.Rule> rules = List.of(
                new RetentionRules.Rule(ArchiveKind.REQUEST, "*", Retention.D10),
                new RetentionRules.Rule(ArchiveKind.REQUEST, "NOT_DISCLOSED", Retention.D30),
                new RetentionRules.Rule(ArchiveKind.ENTRY, "DECISIONS", Retention.Y),
                new RetentionRules.Rule(ArchiveKind.ENTRY, "*", Retention.D30));

        assertEquals(Retention.D30, RetentionRules.decide(rules, ArchiveKind.REQUEST, "NOT_DISCLOSED"));
        assertEquals(Retention.D10, RetentionRules.decide(rules, ArchiveKind.REQUEST, "DISCLOSED"));
        assertEquals(Retention.Y, RetentionRules.decide(rules, ArchiveKind.ENTRY, "DECISIONS"));
        assertEquals(Retention.D30, RetentionRules.decide(rules, ArchiveKind.ENTRY, "*"));
        assertEquals(Retention.D30, RetentionRules.decide(rules, ArchiveKind.ENTRY, null));
    }

    @Test
    void withoutAnyRowForTheKindTheRecordIsKeptPermanently() {
        List<RetentionRules.Rule> rules = List.of(new RetentionRules.Rule(ArchiveKind.REQUEST, "*", Retention.D10));
        assertEquals(Retention.Y, RetentionRules.decide(rules, ArchiveKind.ENTRY, "BUDGET"));
    }
}
