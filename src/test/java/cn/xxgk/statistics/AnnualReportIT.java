package cn.xxgk.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import cn.xxgk.statistics.control.RequestTableTest;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annual report on the real stack: the request table of a hand-made year (2022) counted by the
 * request component's SQL (carried over in and out, split parts, forwarded requests, abandoned
 * requests and petitions ended by their step), published by the office head as JSON, XLSX and PDF;
 * the balance check refusing a year (2020) with a request whose outcome is missing, naming it; the
 * years that have no report; an online request counted from the office's confirmation (Art. 31(3)).
 * The requests are written as the schema owner, in years no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnualReportIT {

    static final int YEAR = 2022;
    static final String[] COLUMNS = {"NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION",
        "SOCIAL_WELFARE_ORGANISATION", "LEGAL_SERVICE_INSTITUTION", "OTHER_ORGANISATION"};

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    final Map<String, AppClient> clients = new HashMap<>();
    /** False on a rerun: the year is in the database already, only the expected table is built. */
    boolean writing = true;
    /** The expected table: row code -> column -> count, filled as the requests are written. */
    final Map<String, Map<String, Long>> expected = new LinkedHashMap<>();
    int serial;

    @Test
    @DisplayName("国办公开办函〔2021〕30号 三: a hand-made year counted by row and column (an online request from the day of"
            + " receipt both sides confirmed, Art. 31(3)), published as JSON, XLSX and PDF")
    void theRequestTableOfAYearIsCountedAndPublished() throws Exception {
        boolean fresh = rows("SELECT COUNT(*) FROM disclosure_request WHERE request_number LIKE 'AR" + YEAR + "-%'") == 0;
        try (Connection c = owner()) { // a rerun of the test counts what the first run wrote
            c.setAutoCommit(false);
            writing = fresh;
            writeTheYear(c);
            c.commit();
        }
        if (rows("SELECT COUNT(*) FROM annual_report WHERE report_year = " + YEAR) == 0) {
            draftedApprovedAndPublished();
        }
        verifyPublished();
        JsonObject next = json(client("office").get("api/v1/statistics/annual-report/" + (YEAR + 1)));
        assertEquals(2, next.getJsonObject("requests").getJsonObject("1").getInt("NATURAL_PERSON"),
                "Art. 31(3): new in " + (YEAR + 1) + ": the one received then by post and the online one confirmed then");
    }

    void draftedApprovedAndPublished() throws Exception {
        JsonObject draft = json(client("office").get("api/v1/statistics/annual-report/" + YEAR));
        assertEquals("DRAFT", draft.getString("state"));
        assertTable(draft.getJsonObject("requests"));
        assertTrue(draft.getBoolean("balanced"));
        assertEquals(404, new AppClient(base.toString()).get("api/v1/statistics/annual-report/" + YEAR).statusCode(),
                "a draft is not public");

        long version = saved(client("office").sendJson("PUT", "api/v1/statistics/annual-report/" + YEAR + "/texts",
                "{\"version\":-1,\"overview\":\"2022年总体情况\",\"problems\":\"问题\",\"other\":\"其他\",\"feesCollected\":200}"));
        version = saved(client("office").sendJson("PUT", "api/v1/statistics/annual-report/" + YEAR + "/figures",
                "{\"version\":" + version + ",\"rulesMade\":1,\"normativeInForce\":4,\"adminFeesTenThousandYuan\":1.25}"));
        assertEquals(403, client("office").sendJson("POST", "api/v1/statistics/annual-report/" + YEAR + "/approve",
                "{\"version\":" + version + "}").statusCode(), "the office head approves");
        version = saved(client("officehead").sendJson("POST", "api/v1/statistics/annual-report/" + YEAR + "/approve",
                "{\"version\":" + version + "}"));
        saved(client("officehead").sendJson("POST", "api/v1/statistics/annual-report/" + YEAR + "/publish",
                "{\"version\":" + version + "}"));
    }

    void verifyPublished() throws Exception {

        AppClient anyone = new AppClient(base.toString());
        JsonObject published = json(anyone.get("api/v1/statistics/annual-report/" + YEAR));
        assertEquals("PUBLISHED", published.getString("state"));
        assertTable(published.getJsonObject("requests"));
        assertEquals(4, published.getJsonObject("proactive").getJsonObject("normativeDocuments").getInt("inForce"));
        assertTrue(published.getJsonObject("reviewAndLitigation").getBoolean("computed"), "section 四 from the remedy cases");
        assertTrue(anyone.get("api/v1/statistics/annual-report").body().contains("\"year\":" + YEAR));
        HttpResponse<byte[]> pdf = anyone.getBytes("api/v1/statistics/annual-report/" + YEAR + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<byte[]> xlsx = anyone.getBytes("api/v1/statistics/annual-report/" + YEAR + "/xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("三、依申请公开");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = row.getCell(0).getStringCellValue();
                for (int col = 0; col < COLUMNS.length; col++) {
                    assertEquals(expected(code, COLUMNS[col]), (long) row.getCell(col + 2).getNumericCellValue(),
                            "XLSX " + code + " " + COLUMNS[col]);
                }
            }
        }

        HttpResponse<String> change = client("office").sendJson("PUT", "api/v1/statistics/annual-report/" + YEAR + "/texts",
                "{\"version\":" + rows("SELECT version FROM annual_report WHERE report_year = " + YEAR) + ",\"overview\":\"改\"}");
        assertEquals(400, change.statusCode(), change.body());
        assertTrue(change.body().contains("已发布"), change.body());
        try (Connection c = owner(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE annual_report SET overview_text = '改' WHERE report_year = " + YEAR), "the database keeps it too");
        }
    }

    @Test
    @DisplayName("国办公开办函〔2021〕30号: the balance check fails on a request whose outcome is missing and names it")
    void theBalanceCheckNamesARequestWithoutOutcome() throws Exception {
        try (Connection c = owner()) {
            c.createStatement().executeUpdate("DELETE FROM annual_report WHERE report_year = 2020"); // a rerun starts over
            if (rows("SELECT COUNT(*) FROM disclosure_request WHERE request_number = 'BAL-2020-1'") == 0) {
                insert(c, "BAL-2020-1", null, "POST", LocalDate.of(2020, 3, 2), 0, "CLOSED", null, null, LocalDate.of(2020, 4, 1));
                insert(c, "BAL-2020-2", null, "POST", LocalDate.of(2020, 3, 2), 0, "CLOSED", ReplyOutcome.DISCLOSED, null,
                        LocalDate.of(2020, 4, 1));
            }
        }
        JsonObject draft = json(client("office").get("api/v1/statistics/annual-report/2020"));
        assertFalse(draft.getBoolean("balanced"));
        long version = saved(client("office").sendJson("PUT", "api/v1/statistics/annual-report/2020/texts",
                "{\"version\":-1,\"overview\":\"2020年总体情况\"}"));
        HttpResponse<String> refused = client("officehead").sendJson("POST", "api/v1/statistics/annual-report/2020/approve",
                "{\"version\":" + version + "}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("BAL-2020-1") && !refused.body().contains("BAL-2020-2"), refused.body());
    }

    @Test
    void yearsWithoutAReportAndTextsOverTheirLimitAreRefused() throws Exception {
        int next = LocalDate.now().getYear() + 1;
        assertProblem(400, "尚未到来", client("office").get("api/v1/statistics/annual-report/" + next));
        assertProblem(400, "尚未成立", client("office").get("api/v1/statistics/annual-report/2018"));
        assertProblem(400, "四位数字", client("office").get("api/v1/statistics/annual-report/abc"));
        assertProblem(400, "不能超过", client("office").sendJson("PUT", "api/v1/statistics/annual-report/2021/texts",
                "{\"version\":-1,\"overview\":\"" + "字".repeat(10_001) + "\"}"));
        assertProblem(400, "尚未结束", client("officehead").sendJson("POST",
                "api/v1/statistics/annual-report/" + LocalDate.now().getYear() + "/approve", "{\"version\":0}"));
    }

    // ---- the hand-made year ---------------------------------------------------------------

    /**
     * Every result row in every applicant column (received and ended in 2022; a petition and an
     * abandoned request end by their step's day), and around them: carried in and ended, carried in
     * and out, received in 2022 and ended in 2023, ended in 2021, received in 2023, a split request
     * whose two parts count and it not, forwarded requests.
     */
    void writeTheYear(Connection c) throws SQLException {
        Object[][] rows = RequestTableTest.RESULT_ROWS;
        for (int col = 0; col < COLUMNS.length; col++) {
            for (int k = 0; k < rows.length; k++) {
                LocalDate received = LocalDate.of(YEAR, 1 + (k % 11), 3 + col);
                ended(c, col, received, received.plusDays(20), (ReplyOutcome) rows[k][1], (ReplyReason) rows[k][2],
                        k % 5 == 0 ? "FORWARDED" : "ONLINE");
                count("1", col);
                count((String) rows[k][0], col);
            }
            ended(c, col, LocalDate.of(YEAR - 1, 12, 20), LocalDate.of(YEAR, 1, 10), ReplyOutcome.DISCLOSED, null, "POST");
            count("2", col);
            count("3.1", col);
            insert(c, next(), null, "IN_PERSON", LocalDate.of(YEAR - 1, 11, 1), col, "ACCEPTED", null, null, null);
            count("2", col);
            count("4", col);
            ended(c, col, LocalDate.of(YEAR, 12, 10), LocalDate.of(YEAR + 1, 1, 5), ReplyOutcome.NOT_DISCLOSED,
                    ReplyReason.STATE_SECRET, "FAX");
            count("1", col);
            count("4", col);
            ended(c, col, LocalDate.of(YEAR - 1, 5, 1), LocalDate.of(YEAR - 1, 6, 1), ReplyOutcome.DISCLOSED, null, "POST");
            ended(c, col, LocalDate.of(YEAR + 1, 2, 1), LocalDate.of(YEAR + 1, 2, 20), ReplyOutcome.DISCLOSED, null, "POST");
        }
        long parent = insert(c, next(), null, "FORWARDED", LocalDate.of(YEAR, 6, 1), 0, "SPLIT", null, null, null);
        for (int part = 1; part <= 2; part++) {
            insert(c, next(), parent, "FORWARDED", LocalDate.of(YEAR, 6, 1), 0, "CLOSED", ReplyOutcome.DISCLOSED, null,
                    LocalDate.of(YEAR, 6, 20));
            count("1", 0);
            count("3.1", 0);
        }
        // an abandonment whose step came in the next year: carried forward
        long late = insert(c, next(), null, "POST", LocalDate.of(YEAR, 12, 1), 1, "ABANDONED", ReplyOutcome.OTHER,
                ReplyReason.CORRECTION_OVERDUE, null);
        step(c, late, "ABANDONED", LocalDate.of(YEAR + 1, 1, 20));
        count("1", 1);
        count("4", 1);
        // Art. 31(3): an online request is received on the day both sides confirm it. Filed on 30 December
        // and confirmed by the office on 4 January: received in the next year, neither new nor carried
        // forward in this one (the next year's table counts it as new, see the test). Filed and never
        // confirmed: not received, counted nowhere.
        insert(c, next(), null, "ONLINE", LocalDate.of(YEAR, 12, 30), 0, "ACCEPTED", null, null, null,
                LocalDate.of(YEAR + 1, 1, 4));
        insert(c, next(), null, "ONLINE", LocalDate.of(YEAR, 5, 2), 0, "RECEIVED", null, null, null, null);
    }

    void ended(Connection c, int col, LocalDate received, LocalDate ended, ReplyOutcome outcome, ReplyReason reason,
               String channel) throws SQLException {
        if (reason == ReplyReason.CORRECTION_OVERDUE || reason == ReplyReason.PETITION_COMPLAINT) {
            String state = reason == ReplyReason.PETITION_COMPLAINT ? "NOT_A_REQUEST" : "ABANDONED";
            long id = insert(c, next(), null, channel, received, col, state, outcome, reason, null);
            step(c, id, state, ended);
        } else {
            insert(c, next(), null, channel, received, col, "CLOSED", outcome, reason, ended);
        }
    }

    void count(String code, int col) {
        expected.computeIfAbsent(code, k -> new HashMap<>()).merge(COLUMNS[col], 1L, Long::sum);
        expected.computeIfAbsent(code, k -> new HashMap<>()).merge("TOTAL", 1L, Long::sum);
        if (code.startsWith("3.")) {
            count37(col);
        }
    }

    void count37(int col) {
        expected.computeIfAbsent("3.7", k -> new HashMap<>()).merge(COLUMNS[col], 1L, Long::sum);
        expected.computeIfAbsent("3.7", k -> new HashMap<>()).merge("TOTAL", 1L, Long::sum);
    }

    long expected(String code, String column) {
        return expected.getOrDefault(code, Map.of()).getOrDefault(column, 0L);
    }

    void assertTable(JsonObject requests) {
        for (String code : requests.keySet()) {
            for (String column : requests.getJsonObject(code).keySet()) {
                assertEquals(expected(code, column), requests.getJsonObject(code).getJsonNumber(column).longValue(),
                        code + " " + column);
            }
        }
        assertEquals(expected("1", "TOTAL") + expected("2", "TOTAL"), expected("3.7", "TOTAL") + expected("4", "TOTAL"),
                "the hand-made year balances");
    }

    String next() {
        return "AR" + YEAR + "-" + (++serial);
    }

    long insert(Connection c, String number, Long parent, String channel, LocalDate received, int col, String state,
                ReplyOutcome outcome, ReplyReason reason, LocalDate repliedOn) throws SQLException {
        return insert(c, number, parent, channel, received, col, state, outcome, reason, repliedOn,
                "ONLINE".equals(channel) ? received : null); // online, the office confirmed on the day filed
    }

    long insert(Connection c, String number, Long parent, String channel, LocalDate received, int col, String state,
                ReplyOutcome outcome, ReplyReason reason, LocalDate repliedOn, LocalDate confirmedOn) throws SQLException {
        if (!writing) {
            return 0;
        }
        String kind = col == 0 ? null : new String[] {null, "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION",
            "SOCIAL_WELFARE_ORGANISATION", "LEGAL_SERVICE_INSTITUTION", "OTHER"}[col];
        try (PreparedStatement q = c.prepareStatement("""
                INSERT INTO disclosure_request (request_number, parent_id, channel, received_on, applicant_type,
                    organisation_kind, applicant_name, id_document_type, id_number_cipher, id_number_hash, id_number_masked,
                    description, matter_hash, form_wanted, delivery_wanted, state, handler, outcome, outcome_reason,
                    replied_on, receipt_confirmed_on, created_by, created_at, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, '测试申请人', 'RESIDENT_ID_CARD', X'00', UNHEX(SHA2(?, 256)), '4101**********0000',
                    '测试', UNHEX(SHA2(?, 256)), 'PAPER', 'POST', ?, 'office', ?, ?, ?, ?, 'it', NOW(6), 'it', NOW(6))""",
                Statement.RETURN_GENERATED_KEYS)) {
            q.setString(1, number);
            q.setObject(2, parent);
            q.setString(3, channel);
            q.setObject(4, received);
            q.setString(5, col == 0 ? "NATURAL_PERSON" : "LEGAL_PERSON");
            q.setString(6, kind);
            q.setString(7, number);
            q.setString(8, number);
            q.setString(9, state);
            q.setString(10, outcome == null ? null : outcome.name());
            q.setString(11, reason == null ? null : reason.name());
            q.setObject(12, repliedOn);
            q.setObject(13, confirmedOn);
            q.executeUpdate();
            try (ResultSet keys = q.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void step(Connection c, long request, String state, LocalDate day) throws SQLException {
        if (!writing) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement("""
                INSERT INTO request_step (request_id, step, from_state, to_state, actor, occurred_at, stated_on)
                VALUES (?, ?, 'ACCEPTED', ?, 'it', ?, ?)""")) {
            q.setLong(1, request);
            q.setString(2, state);
            q.setString(3, state);
            q.setObject(4, day.atTime(9, 0));
            q.setObject(5, day);
            q.executeUpdate();
        }
    }

    // ---- HTTP ---------------------------------------------------------------------------------

    long rows(String sql) throws SQLException {
        return new AuditRows(ArquillianSetup.database().asOwner()).scalar(sql);
    }

    Connection owner() throws SQLException {
        return new AuditRows(ArquillianSetup.database().asOwner()).connect();
    }

    AppClient client(String user) throws Exception {
        AppClient c = clients.get(user);
        if (c == null) {
            c = new AppClient(base.toString());
            assertEquals(302, c.login(user, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + user);
            clients.put(user, c);
        }
        return c;
    }

    static long saved(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonNumber("version").longValue();
    }

    static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static void assertProblem(int status, String text, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), "expected «" + text + "» in " + response.body());
    }
}
