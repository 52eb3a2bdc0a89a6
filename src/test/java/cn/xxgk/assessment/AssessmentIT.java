package cn.xxgk.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #15 items 3 and 4 on the real stack, through the API: review and suit cases (a case without
 * its request refused, the tally of section 四 by result, the review's defence deadline, documents),
 * the applicant's rating (once, after the reply), and the assessment of a department over a small
 * hand-made year. The database is shared with the other ITs: each test makes its own requests and
 * department and compares counts before and after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentIT {

    private static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final AtomicInteger NEXT_APPLICANT = new AtomicInteger(10);

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    private final Map<String, AppClient> clients = new HashMap<>();
    private AuditRows db;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        db = new AuditRows(ArquillianSetup.database());
        today = LocalDate.now(AGENCY_ZONE);
    }

    // ---- review and litigation cases ------------------------------------------------------

    @Test
    void aCaseWithoutItsRequestIsRefusedAndNothingIsSaved() throws Exception {
        long before = db.scalar("SELECT COUNT(*) FROM remedy_case");
        assertProblem(400, "须关联其申请", send("office", "POST", "api/v1/remedy-cases", Json.createObjectBuilder()
                .add("requestNumber", "1999-99999").add("kind", "REVIEW").add("body", "郑州市人民政府")
                .add("receivedOn", today.toString())));
        assertProblem(400, "须关联其申请", send("office", "POST", "api/v1/remedy-cases", Json.createObjectBuilder()
                .add("kind", "REVIEW").add("body", "郑州市人民政府").add("receivedOn", today.toString())));
        assertEquals(before, db.scalar("SELECT COUNT(*) FROM remedy_case"));
        assertEquals(403, send("deptstaff", "POST", "api/v1/remedy-cases", Json.createObjectBuilder()
                .add("requestNumber", replied(null).getString("number")).add("kind", "REVIEW").add("body", "郑州市人民政府")
                .add("receivedOn", today.toString())).statusCode());
        assertEquals(before, db.scalar("SELECT COUNT(*) FROM remedy_case"));
    }

    @Test
    @DisplayName("四 行政复议、行政诉讼: the year's cases counted by result (维持, 纠正, 其他, 尚未审结, 总计) for review, suit, suit after review")
    void theTallyCountsTheYearsCasesByResult_section4() throws Exception {
        int year = today.getYear();
        JsonObject tallyBefore = ok(client("office").get("api/v1/remedy-cases/tally/" + year));
        JsonObject receipt = replied(null);
        String number = receipt.getString("number");

        JsonObject review = openCase(number, "REVIEW", null);
        decide(review, "UPHELD");
        JsonObject pendingReview = openCase(number, "REVIEW", null);
        decide(openCase(number, "SUIT", null), "CORRECTED");
        JsonObject afterReview = openCase(number, "SUIT_AFTER_REVIEW", review.getJsonNumber("id").longValue());
        decide(afterReview, "OTHER");
        assertProblem(400, "已审结", send("office", "POST", "api/v1/remedy-cases/" + id(review) + "/decision",
                Json.createObjectBuilder().add("version", version(review) + 1).add("result", "CORRECTED")
                        .add("decidedOn", today.toString())));

        JsonObject tally = ok(client("office").get("api/v1/remedy-cases/tally/" + year));
        assertDelta(tallyBefore, tally, "review", "upheld", 1);
        assertDelta(tallyBefore, tally, "review", "pending", 1);
        assertDelta(tallyBefore, tally, "review", "total", 2);
        assertDelta(tallyBefore, tally, "suitWithoutReview", "corrected", 1);
        assertDelta(tallyBefore, tally, "suitWithoutReview", "total", 1);
        assertDelta(tallyBefore, tally, "suitAfterReview", "other", 1);
        assertDelta(tallyBefore, tally, "suitAfterReview", "total", 1);
        assertDelta(tallyBefore, tally, "review", "corrected", 0);
        assertEquals(4, send("office", "GET", "api/v1/remedy-cases?requestNumber=" + number, null).body()
                .split("\"kind\"").length - 1, "the request lists its four cases");
        assertProblem(400, "年度", client("office").get("api/v1/remedy-cases/tally/" + (year + 1)));

        // 行政复议法 Arts. 48, 88: the defence within 10 working days of receiving the copy, reminded by the deadline engine
        JsonObject withDeadline = ok(send("office", "POST", "api/v1/remedy-cases/" + id(pendingReview) + "/defence-deadline",
                Json.createObjectBuilder().add("version", version(pendingReview)).add("copyReceivedOn", today.toString())));
        assertEquals(add(today, 10), withDeadline.getString("defenceDueDate"));
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM deadline WHERE subject_type = 'RemedyCase' AND kind = 'REVIEW_DEFENCE'"
                + " AND closed_at IS NULL AND subject_id = '" + id(pendingReview) + "'"));
        ok(send("office", "POST", "api/v1/remedy-cases/" + id(pendingReview) + "/defence-submitted",
                Json.createObjectBuilder().add("version", version(withDeadline))));
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM deadline WHERE subject_type = 'RemedyCase'"
                + " AND closed_at IS NULL AND subject_id = '" + id(pendingReview) + "'"));

        // the request page shows its cases
        String page = client("office").browse("request/view.xhtml?id=" + id(receipt)).body();
        assertTrue(page.contains("行政复议与行政诉讼") && page.contains("郑州铁路运输法院") && page.contains("结果维持")
                && page.contains("尚未审结"), page);
    }

    @Test
    void aCaseKeepsItsDocumentsOfTheAcceptedTypesOnly() throws Exception {
        JsonObject receipt = replied(null);
        JsonObject c = openCase(receipt.getString("number"), "REVIEW", null);
        byte[] pdf = "%PDF-1.4\n% 行政复议决定书\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> added = upload("api/v1/remedy-cases/" + id(c) + "/documents?fileName=decision.pdf", pdf);
        assertEquals(201, added.statusCode(), added.body());
        assertProblem(400, "PDF、JPEG 或 PNG", upload("api/v1/remedy-cases/" + id(c) + "/documents?fileName=decision.pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)));
        assertProblem(400, "PDF、JPEG 或 PNG", upload("api/v1/remedy-cases/" + id(c) + "/documents?fileName=decision.png", pdf));
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM remedy_document WHERE case_id = " + id(c)));
        HttpResponse<byte[]> back = client("office").getBytes("api/v1/remedy-cases/documents/"
                + json(added.body()).getJsonNumber("id").longValue());
        assertEquals(200, back.statusCode());
        assertArrayEquals(pdf, back.body());
        assertTrue(send("office", "GET", "api/v1/remedy-cases/" + id(c) + "/documents", null).body().contains("decision.pdf"));
        assertTrue(client("office").browse("request/view.xhtml?id=" + id(receipt)).body().contains("decision.pdf"),
                "the request page lists the case's document");
    }

    // ---- the applicant's rating -----------------------------------------------------------

    @Test
    @DisplayName("seed 四 群众满意度: the applicant rates the reply once, after it was made; before the reply and a second time are refused")
    void aRatingBeforeTheReplyOrASecondOneIsRefused_seed4() throws Exception {
        JsonObject receipt = register(form(unique("年度预算"), null));
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        JsonObject accepted = step("office", receipt, "accept", Json.createObjectBuilder());

        assertProblem(400, "答复后方可评价", rate(number, code, 5));
        assertProblem(400, "查询码不正确", rate(number, "WRONGCODE234", 5));
        step("officehead", accepted, "reply", reply());
        assertProblem(400, "查询码不正确", rate(number, "WRONGCODE234", 5));
        assertProblem(400, "1 至 5", rate(number, code, 6));
        assertEquals(201, rate(number, code, 4).statusCode());
        assertProblem(400, "只能评价一次", rate(number, code, 1));
        long request = db.scalar("SELECT id FROM disclosure_request WHERE request_number = '" + number + "'");
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM assessment_rating WHERE request_id = " + request));
        assertEquals(4, db.scalar("SELECT score FROM assessment_rating WHERE request_id = " + request));
    }

    // ---- the assessment of a department -----------------------------------------------------

    @Test
    @DisplayName("seed 四 / Art. 26 / Art. 33: a department's year — published on time and late, key content covered, replies on time, rating, records")
    void theFiguresOfADepartmentOverAHandMadeYear() throws Exception {
        int year = today.getYear();
        String name = unique("考核测试处");
        long department = json(send("officehead", "POST", "api/v1/departments", Json.createObjectBuilder().add("name", name))
                .body()).getJsonNumber("id").longValue();
        String handler = "assess" + System.nanoTime() % 1_000_000;
        db.execute("INSERT INTO app_user (username, display_name, email, department_id, created_at) VALUES ('" + handler
                + "', '考核承办人', '" + handler + "@example.gov.cn', " + department + ", NOW(6))");
        db.execute("INSERT INTO role_assignment (user_id, role) SELECT id, 'OFFICE_STAFF' FROM app_user WHERE username = '"
                + handler + "'");

        // publications (Art. 26: within 20 working days): one on its due day, one 3 working days late, one still unpublished and overdue
        LocalDate first = LocalDate.of(year, 1, 5);
        LocalDate firstDue = LocalDate.parse(add(first, 20));
        item(department, "PUBLISHED", first, firstDue, "PARTY_INTEGRITY");
        LocalDate second = LocalDate.of(year, 3, 2);
        LocalDate secondDue = LocalDate.parse(add(second, 20));
        item(department, "PUBLISHED", second, LocalDate.parse(add(secondDue, 3)), null);
        item(department, "CATALOGUED", LocalDate.of(year, 6, 1), null, "BUDGET");
        String before = db.text("SELECT GROUP_CONCAT(CONCAT(category, ':', COALESCE(department_id, '')))"
                + " FROM key_content_responsibility WHERE category IN ('PARTY_INTEGRITY', 'BUDGET')");
        db.execute("UPDATE key_content_responsibility SET department_id = " + department
                + " WHERE category IN ('PARTY_INTEGRITY', 'BUDGET')");
        try {
            // requests (Art. 33: 20 working days): two replied on time, one received long ago and replied late; one rated 2
            JsonObject onTime = replied(handler);
            replied(handler);
            JsonObject receipt = register(form(unique("三年前的文件"), today.minusDays(60)));
            JsonObject late = step("office", receipt, "accept", Json.createObjectBuilder().add("signedForOn",
                    today.minusDays(60).toString()));
            late = step("office", late, "assign", Json.createObjectBuilder().add("handler", handler));
            step("officehead", late, "reply", reply());
            assertEquals(201, rate(onTime.getString("number"), onTime.getString("queryCode"), 2).statusCode());

            // commendation by the office, accountability by the discipline role; the leader may read but not record
            assertEquals(201, record("office", department, "COMMENDATION", "按时公开预算信息").statusCode());
            assertEquals(201, record("discipline", department, "ACCOUNTABILITY", "逾期发布且未说明理由").statusCode());
            assertEquals(403, record("leader", department, "COMMENDATION", "无权登记").statusCode());
            assertProblem(400, "事由", record("office", department, "COMMENDATION", " "));

            JsonObject row = departmentRow(ok(client("leader").get("api/v1/assessment/" + year)), department);
            assertEquals(2, row.getInt("published"));
            assertEquals(1, row.getInt("publishedOnTime"));
            assertEquals(1, row.getInt("overdueUnpublished"));
            assertEquals(100.0 / 3, row.getJsonNumber("publicationOnTimePercent").doubleValue(), 1e-6);
            int overdueDays = row.getInt("maxWorkingDaysLate");
            assertTrue(overdueDays > 3, "the unpublished item is months overdue: " + row);
            assertEquals(3 + overdueDays, row.getInt("workingDaysLate"));
            assertEquals(List.of("BUDGET", "PARTY_INTEGRITY"), strings(row, "responsibleCategories"));
            assertEquals(List.of("PARTY_INTEGRITY"), strings(row, "coveredCategories"));
            assertEquals(List.of("BUDGET"), strings(row, "missingCategories"));
            assertEquals(3, row.getInt("replies"));
            assertEquals(2, row.getInt("repliesOnTime"));
            assertEquals(1, row.getInt("ratings"));
            assertEquals(2.0, row.getJsonNumber("averageRating").doubleValue());
            assertEquals(1, row.getInt("commendations"));
            assertEquals(1, row.getInt("accountabilities"));

            HttpResponse<byte[]> xlsx = client("director").getBytes("api/v1/assessment/" + year + "/xlsx");
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = book.getSheetAt(0);
                Row found = null;
                for (Row r : sheet) {
                    if (name.equals(r.getCell(0).getStringCellValue())) {
                        found = r;
                    }
                }
                assertTrue(found != null, "the department's row in the export");
                assertEquals(2, (int) found.getCell(1).getNumericCellValue());
                assertEquals(3, (int) found.getCell(10).getNumericCellValue());
                assertEquals(2, book.getSheetAt(1).getLastRowNum() - countOthersRecords(book, name));
            }
            assertEquals(403, client("deptstaff").get("api/v1/assessment/" + year).statusCode());
            HttpResponse<String> dashboard = client("leader").browse("assessment/index.xhtml?year=" + year);
            assertEquals(200, dashboard.statusCode());
            assertTrue(dashboard.body().contains(name) && dashboard.body().contains("on-time-chart")
                    && dashboard.body().contains("按期答复率"), dashboard.body());
            assertEquals(403, client("deptstaff").browse("assessment/index.xhtml").statusCode());
        } finally {
            for (String setting : before.split(",")) {
                String[] parts = setting.split(":", -1);
                db.execute("UPDATE key_content_responsibility SET department_id = "
                        + (parts[1].isEmpty() ? "NULL" : parts[1]) + " WHERE category = '" + parts[0] + "'");
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    /** The records on the second sheet that are not this department's (header row excluded). */
    private static int countOthersRecords(XSSFWorkbook book, String name) {
        int others = 0;
        for (Row r : book.getSheetAt(1)) {
            if (r.getRowNum() > 0 && !name.equals(r.getCell(0).getStringCellValue())) {
                others++;
            }
        }
        return others;
    }

    private void item(long department, String state, LocalDate written, LocalDate publishedOn, String category) throws Exception {
        String subject = "GI-" + System.nanoTime();
        db.execute("INSERT INTO deadline (subject_type, subject_id, kind, start_date, working_days, due_date, created_at)"
                + " VALUES ('GovInfo', '" + subject + "', 'PUBLICATION', '" + written + "', 20, '" + add(written, 20) + "', NOW(6))");
        long deadline = db.scalar("SELECT id FROM deadline WHERE subject_id = '" + subject + "'");
        if (publishedOn != null) {
            db.execute("UPDATE deadline SET closed_at = NOW(6) WHERE id = " + deadline);
        }
        db.execute("INSERT INTO gov_info (department_id, title, body_html, body_text, written_date, subject_category,"
                + " key_content_category, official_document, disclosure_attribute, state, index_number, published_date,"
                + " publication_deadline_id, created_by, created_at, updated_by, updated_at) VALUES (" + department
                + ", '" + unique("考核测试信息") + "', '<p>正文</p>', '正文', '" + written + "', 'GENERAL_AFFAIRS', "
                + (category == null ? "NULL" : "'" + category + "'") + ", FALSE, 'PROACTIVE', '" + state + "', "
                + (publishedOn == null ? "NULL" : "'ZZTEST" + (100000 + SERIAL.incrementAndGet()) + "/" + written.getYear()
                + "-" + String.format("%05d", System.nanoTime() % 100000) + "'") + ", "
                + (publishedOn == null ? "NULL" : "'" + publishedOn + "'") + ", " + deadline
                + ", 'deptstaff', NOW(6), 'office', NOW(6))");
    }

    private HttpResponse<String> record(String user, long department, String kind, String reason) throws Exception {
        return send(user, "POST", "api/v1/assessment/records", Json.createObjectBuilder().add("departmentId", department)
                .add("year", today.getYear()).add("kind", kind).add("reason", reason));
    }

    private static JsonObject departmentRow(JsonObject year, long department) {
        return year.getJsonArray("departments").stream().map(v -> v.asJsonObject())
                .filter(d -> d.getJsonNumber("departmentId").longValue() == department).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .sorted().toList();
    }

    /** A request registered, accepted (and given to {@code handler} when not null) and replied to today; the receipt's fields. */
    private JsonObject replied(String handler) throws Exception {
        JsonObject receipt = register(form(unique("政府信息公开工作年度报告"), null));
        JsonObject r = step("office", receipt, "accept", Json.createObjectBuilder());
        if (handler != null) {
            r = step("office", r, "assign", Json.createObjectBuilder().add("handler", handler));
        }
        step("officehead", r, "reply", reply());
        return receipt;
    }

    private JsonObject openCase(String requestNumber, String kind, Long reviewCaseId) throws Exception {
        JsonObjectBuilder body = Json.createObjectBuilder().add("requestNumber", requestNumber).add("kind", kind)
                .add("body", kind.equals("REVIEW") ? "郑州市人民政府" : "郑州铁路运输法院").add("receivedOn", today.toString());
        if (reviewCaseId != null) {
            body.add("reviewCaseId", reviewCaseId);
        }
        HttpResponse<String> response = send("office", "POST", "api/v1/remedy-cases", body);
        assertEquals(201, response.statusCode(), response.body());
        JsonObject c = json(response.body());
        assertEquals("PENDING", c.getString("result"));
        return c;
    }

    private void decide(JsonObject c, String result) throws Exception {
        JsonObject decided = ok(send("office", "POST", "api/v1/remedy-cases/" + id(c) + "/decision", Json.createObjectBuilder()
                .add("version", version(c)).add("result", result).add("decidedOn", today.toString())));
        assertEquals(result, decided.getString("result"));
    }

    private static void assertDelta(JsonObject before, JsonObject after, String group, String column, long delta) {
        assertEquals(before.getJsonObject(group).getJsonNumber(column).longValue() + delta,
                after.getJsonObject(group).getJsonNumber(column).longValue(), group + "." + column);
    }

    /**
     * The applicant rates from an address of their own: a rating counts against the portal's per-address limit
     * of status look-ups, which the other tests' calls from 127.0.0.1 share within its window.
     */
    private HttpResponse<String> rate(String number, String code, int score) throws Exception {
        AppClient applicant = new AppClient(base.toString().replace("://localhost:", "://127.0.0.1:"),
                InetAddress.getByName("127.0.3." + NEXT_APPLICANT.incrementAndGet()));
        return applicant.sendJson("POST", "api/v1/public/requests/" + number + "/rating",
                Json.createObjectBuilder().add("queryCode", code).add("score", score).build().toString());
    }

    private JsonObject register(JsonObjectBuilder form) throws Exception {
        HttpResponse<String> response = send("office", "POST", "api/v1/requests", form);
        assertEquals(201, response.statusCode(), response.body());
        return json(response.body());
    }

    private JsonObject step(String user, JsonObject request, String action, JsonObjectBuilder body) throws Exception {
        return ok(send(user, "POST", "api/v1/requests/" + id(request) + "/" + action, body.add("version", version(request))));
    }

    private static JsonObjectBuilder reply() {
        return Json.createObjectBuilder().add("outcome", "DISCLOSED").add("text", "答复内容").add("howToObtain", "邮寄");
    }

    private static JsonObjectBuilder form(String description, LocalDate receivedByPost) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("channel", receivedByPost == null ? "IN_PERSON" : "POST")
                .add("applicantType", "NATURAL_PERSON").add("applicantName", "王小明").add("idDocumentType", "PASSPORT")
                .add("idNumber", "E" + (10_000_000 + SERIAL.incrementAndGet() * 7919 % 89_999_999))
                .add("phone", "0371-67188888").add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", description).add("formWanted", "PAPER").add("deliveryWanted", "POST");
        return receivedByPost == null ? form : form.add("receivedOn", receivedByPost.toString());
    }

    private String add(LocalDate from, int workingDays) throws Exception {
        return ok(new AppClient(base.toString()).get("api/v1/calendar/add?from=" + from + "&workingDays=" + workingDays))
                .getString("due");
    }

    private HttpResponse<String> upload(String path, byte[] content) throws Exception {
        URI uri = URI.create(base.toString() + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Cookie", "JSESSIONID=" + client("office").sessionId().orElseThrow())
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String user, String method, String path, JsonObjectBuilder body) throws Exception {
        return body == null ? client(user).get(path) : client(user).sendJson(method, path, body.build().toString());
    }

    private AppClient client(String user) throws Exception {
        AppClient c = clients.get(user);
        if (c == null) {
            c = new AppClient(base.toString());
            assertEquals(302, c.login(user, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + user);
            clients.put(user, c);
        }
        return c;
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, response.statusCode() + " " + response.body());
        return json(response.body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    private static void assertProblem(int status, String text, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.body().contains(text), "expected «" + text + "» in " + response.body());
    }

    private static String unique(String text) {
        return text + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }
}
