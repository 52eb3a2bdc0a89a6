package cn.xxgk.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.request.boundary.RequestTally;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.OrganisationKind;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The request table of the annual report (国办公开办函〔2021〕30号, 三) over a hand-made year: every
 * result row in every applicant column, carried over in and out, and the balance rule per column.
 */
public class RequestTableTest {

    /** The form's result rows written out here, independently of RowCode: code, outcome, reason. */
    public static final Object[][] RESULT_ROWS = {
        {"3.1", ReplyOutcome.DISCLOSED, null},
        {"3.2", ReplyOutcome.PARTIALLY_DISCLOSED, ReplyReason.THIRD_PARTY_RIGHTS},
        {"3.3.1", ReplyOutcome.NOT_DISCLOSED, ReplyReason.STATE_SECRET},
        {"3.3.2", ReplyOutcome.NOT_DISCLOSED, ReplyReason.PROHIBITED_BY_LAW},
        {"3.3.3", ReplyOutcome.NOT_DISCLOSED, ReplyReason.ENDANGERS_SECURITY_STABILITY},
        {"3.3.4", ReplyOutcome.NOT_DISCLOSED, ReplyReason.THIRD_PARTY_RIGHTS},
        {"3.3.5", ReplyOutcome.NOT_DISCLOSED, ReplyReason.INTERNAL_AFFAIRS},
        {"3.3.6", ReplyOutcome.NOT_DISCLOSED, ReplyReason.PROCESS_INFORMATION},
        {"3.3.7", ReplyOutcome.NOT_DISCLOSED, ReplyReason.LAW_ENFORCEMENT_FILE},
        {"3.3.8", ReplyOutcome.NOT_DISCLOSED, ReplyReason.ADMINISTRATIVE_QUERY},
        {"3.4.1", ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NOT_HELD},
        {"3.4.2", ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NEEDS_CREATION},
        {"3.4.3", ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.STILL_UNCLEAR_AFTER_CORRECTION},
        {"3.5.1", ReplyOutcome.NOT_PROCESSED, ReplyReason.PETITION_COMPLAINT},
        {"3.5.2", ReplyOutcome.NOT_PROCESSED, ReplyReason.REPEATED_REQUEST},
        {"3.5.3", ReplyOutcome.NOT_PROCESSED, ReplyReason.PUBLISHED_MATERIAL},
        {"3.5.4", ReplyOutcome.NOT_PROCESSED, ReplyReason.EXCESSIVE_REQUESTS},
        {"3.5.5", ReplyOutcome.NOT_PROCESSED, ReplyReason.CONFIRM_OR_REISSUE},
        {"3.6.1", ReplyOutcome.OTHER, ReplyReason.CORRECTION_OVERDUE},
        {"3.6.2", ReplyOutcome.OTHER, ReplyReason.FEE_OVERDUE},
        {"3.6.3", ReplyOutcome.OTHER, ReplyReason.OTHER},
    };

    /** The six applicant columns (before 总计) as the request component records applicants. */
    static final Object[][] APPLICANTS = {
        {"NATURAL_PERSON", ApplicantType.NATURAL_PERSON, null},
        {"COMMERCIAL_ENTERPRISE", ApplicantType.LEGAL_PERSON, OrganisationKind.COMMERCIAL_ENTERPRISE},
        {"RESEARCH_INSTITUTION", ApplicantType.LEGAL_PERSON, OrganisationKind.RESEARCH_INSTITUTION},
        {"SOCIAL_WELFARE_ORGANISATION", ApplicantType.LEGAL_PERSON, OrganisationKind.SOCIAL_WELFARE_ORGANISATION},
        {"LEGAL_SERVICE_INSTITUTION", ApplicantType.LEGAL_PERSON, OrganisationKind.LEGAL_SERVICE_INSTITUTION},
        {"OTHER_ORGANISATION", ApplicantType.LEGAL_PERSON, OrganisationKind.OTHER},
    };

    /** How many requests of column c end with result row k (new in the year); one more of them is carried over. */
    static long made(int k, int c) {
        return (k + 2L * c) % 4;
    }

    static RequestTally single(int c, boolean before, boolean ended, ReplyOutcome outcome, ReplyReason reason) {
        return new RequestTally((ApplicantType) APPLICANTS[c][1], (OrganisationKind) APPLICANTS[c][2], before, ended,
                outcome, reason, 1);
    }

    /**
     * The year: for each column and result row, made(k, c) new requests ended with it, and one
     * carried-over request ended with it when k + c is even; per column 2 + c new requests still
     * open at the year's end and c + 1 carried over and still open (carried into the next year).
     */
    static List<RequestTally> year() {
        List<RequestTally> year = new ArrayList<>();
        for (int c = 0; c < APPLICANTS.length; c++) {
            for (int k = 0; k < RESULT_ROWS.length; k++) {
                for (int i = 0; i < made(k, c); i++) {
                    year.add(single(c, false, true, (ReplyOutcome) RESULT_ROWS[k][1], (ReplyReason) RESULT_ROWS[k][2]));
                }
                if ((k + c) % 2 == 0) {
                    year.add(single(c, true, true, (ReplyOutcome) RESULT_ROWS[k][1], (ReplyReason) RESULT_ROWS[k][2]));
                }
            }
            for (int i = 0; i < 2 + c; i++) {
                year.add(single(c, false, false, null, null));
            }
            year.add(new RequestTally((ApplicantType) APPLICANTS[c][1], (OrganisationKind) APPLICANTS[c][2], true, false,
                    null, null, c + 1));
        }
        return year;
    }

    @Test
    @DisplayName("国办公开办函〔2021〕30号 三: every result row in every applicant column, 总计 their sum")
    void everyRowAndColumnOfTheRequestTable() {
        Map<String, Map<String, Long>> table = RequestTable.of(year()).asMap();

        assertEquals(Arrays.stream(RowCode.values()).map(RowCode::code).toList(), List.copyOf(table.keySet()),
                "rows 1, 2, 3.1 … 3.7, 4 in the form's order");
        for (int c = 0; c < APPLICANTS.length; c++) {
            String column = (String) APPLICANTS[c][0];
            long newOnes = 2 + c;
            long carriedIn = c + 1;
            long results = 0;
            for (int k = 0; k < RESULT_ROWS.length; k++) {
                long expected = made(k, c) + ((k + c) % 2 == 0 ? 1 : 0);
                assertEquals(expected, table.get((String) RESULT_ROWS[k][0]).get(column), RESULT_ROWS[k][0] + " " + column);
                newOnes += made(k, c);
                carriedIn += (k + c) % 2 == 0 ? 1 : 0;
                results += expected;
            }
            assertEquals(newOnes, table.get("1").get(column), "1 本年新收 " + column);
            assertEquals(carriedIn, table.get("2").get(column), "2 上年结转 " + column);
            assertEquals(results, table.get("3.7").get(column), "3.7 总计 " + column);
            assertEquals(2 + c + c + 1, table.get("4").get(column), "4 结转下年度 " + column);
        }
        for (String code : table.keySet()) {
            long sum = table.get(code).entrySet().stream().filter(e -> !e.getKey().equals("TOTAL"))
                    .mapToLong(Map.Entry::getValue).sum();
            assertEquals(sum, table.get(code).get("TOTAL"), "总计 of row " + code);
        }
    }

    @Test
    @DisplayName("国办公开办函〔2021〕30号: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度 holds in every column")
    void theBalanceHoldsWhenEveryEndedRequestHasItsOutcome() {
        assertTrue(RequestTable.of(year()).isBalanced());
    }

    @Test
    @DisplayName("国办公开办函〔2021〕30号: the balance fails in the column of a request that ended without an outcome")
    void theBalanceFailsOnARequestWhoseOutcomeIsMissing() {
        List<RequestTally> year = new ArrayList<>(year());
        year.add(single(2, false, true, null, null));
        year.add(single(2, true, true, ReplyOutcome.NOT_DISCLOSED, null)); // a reason the form needs is missing too

        RequestTable table = RequestTable.of(year);

        assertFalse(table.isBalanced());
        assertEquals(List.of(ApplicantColumn.RESEARCH_INSTITUTION, ApplicantColumn.TOTAL),
                table.imbalances().stream().map(RequestTable.Imbalance::column).toList());
        RequestTable.Imbalance research = table.imbalances().getFirst();
        assertEquals(2, research.in() - research.out(), "the two requests are the difference");
    }

    @Test
    @DisplayName("国办公开办函〔2021〕30号: a legal person's request counts under 法人或其他组织 其他 when its kind is unknown")
    void aLegalPersonOfUnknownKindCountsUnderOther() {
        RequestTable table = RequestTable.of(List.of(
                new RequestTally(ApplicantType.LEGAL_PERSON, null, false, true, ReplyOutcome.DISCLOSED, null, 3)));
        assertEquals(3, table.count(RowCode.DISCLOSED, ApplicantColumn.OTHER_ORGANISATION));
        assertEquals(3, table.count(RowCode.NEW, ApplicantColumn.TOTAL));
        assertTrue(table.isBalanced());
    }

    @Test
    void everyReplyReasonHasItsRowAndAMisfitNone() {
        for (ReplyReason reason : ReplyReason.values()) {
            assertTrue(RowCode.ofResult(reason.outcome(), reason).isPresent(), reason.name());
        }
        assertTrue(RowCode.ofResult(ReplyOutcome.NOT_DISCLOSED, ReplyReason.NOT_HELD).isEmpty());
        assertEquals(RowCode.PARTIALLY_DISCLOSED, RowCode.ofResult(ReplyOutcome.PARTIALLY_DISCLOSED, ReplyReason.STATE_SECRET).orElseThrow());
    }

    @Test
    void aPublishedTableReadsBackCellForCell() {
        RequestTable table = RequestTable.of(year());
        assertEquals(table.asMap(), RequestTable.read(table.asMap()).asMap());
    }
}
