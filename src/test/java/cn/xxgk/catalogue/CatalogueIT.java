package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proactive disclosure on the real stack, through the chain's JSON commands and the public
 * catalogue: the whole chain, returns, refusals (state, role, department), optimistic locking,
 * gap-free index numbers under concurrent cataloguing, the publication deadline, bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AuditRows db;
    long auditBefore;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        db = new AuditRows(ArquillianSetup.database());
        auditBefore = db.lastId();
        today = LocalDate.now(AGENCY_ZONE);
    }

    @Test
    void theWholeChainEndsInThePublicCatalogue() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        String title = unique("数字经济发展情况通报");
        LocalDate written = today.minusDays(2);
        JsonObject item = created(staff, draftJson(title, written, "PROACTIVE", null, "郑大数据〔2026〕" + (100 + SERIAL.get()) + "号"));
        long id = item.getJsonNumber("id").longValue();
        assertEquals("DRAFT", item.getString("state"));

        // the publication deadline: 20 working days from the written date, open
        String due = json(new AppClient(base.toString())
                .get("api/v1/calendar/add?from=" + written + "&workingDays=20")).getString("due");
        assertEquals(due, db.text(deadlineSql("due_date", id)));
        assertNull(db.text(deadlineSql("closed_at", id)));

        item = ok(loggedIn("depthead"), id, "confirm", version(item), "\"comment\":\"同意报送\"");
        item = ok(loggedIn("office"), id, "review", version(item), "");
        item = ok(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"PASSED\"");
        item = ok(loggedIn("leader"), id, "sign-off", version(item), "\"comment\":\"同意主动公开\"");
        AppClient office = loggedIn("office");
        item = ok(office, id, "catalogue", version(item), "");
        String index = item.getString("indexNumber");
        assertTrue(index.matches("MB1532375/" + today.getYear() + "-\\d{5}"), index);

        // catalogued but not published: not in the public catalogue
        HttpResponse<String> notYet = new AppClient(base.toString()).get("api/v1/catalogue/" + index);
        assertEquals(404, notYet.statusCode(), notYet.body());

        item = ok(office, id, "publish", version(item), """
                "publishedDate":"%s","channels":[{"channel":"BUREAU_WEBSITE","reference":"https://example.org/%d"},
                {"channel":"MUNICIPAL_PORTAL"}]""".formatted(today, id));
        assertEquals("PUBLISHED", item.getString("state"));

        HttpResponse<String> publicEntry = new AppClient(base.toString()).get("api/v1/catalogue/" + index);
        assertEquals(200, publicEntry.statusCode(), publicEntry.body());
        JsonObject entry = json(publicEntry);
        assertEquals(index, entry.getString("indexNumber"));
        assertEquals(title, entry.getString("title"));
        assertEquals("郑州市大数据管理局", entry.getString("issuingAgency"));
        assertEquals("工业、交通", entry.getString("subjectCategory"));
        assertEquals(written.toString(), entry.getString("writtenDate"));
        assertEquals(today.toString(), entry.getString("publishedDate"));
        assertEquals("通知", entry.getString("documentType"));
        assertTrue(entry.getString("body").contains("正文第一段"), entry.toString());

        JsonObject found = json(new AppClient(base.toString())
                .get("api/v1/catalogue?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&page=1"));
        assertEquals(1, found.getInt("total"));

        assertNotNull(db.text(deadlineSql("closed_at", id)), "publication closes the deadline");
        assertEquals(7, db.scalar("SELECT COUNT(*) FROM gov_info_step WHERE gov_info_id = " + id));
        assertEquals(2, db.scalar("SELECT COUNT(*) FROM publication_channel WHERE gov_info_id = " + id));
        assertEquals(1, db.count(auditBefore, "office", "GOV_INFO_PUBLISH", "SUCCESS"));
        assertEquals(1, db.count(auditBefore, "leader", "GOV_INFO_SIGN_OFF", "SUCCESS"));
    }

    @Test
    void theBureausRulesArePublishedWithTheirRealHeader() throws Exception {
        HttpResponse<String> response = new AppClient(base.toString()).get("api/v1/catalogue/MB1532375/2019-00045");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject entry = json(response);
        assertEquals("MB1532375/2019-00045", entry.getString("indexNumber"));
        assertEquals("郑州市大数据管理局", entry.getString("issuingAgency"));
        assertEquals("政府信息公开制度", entry.getString("subjectCategory"));
        assertEquals("2019-05-17", entry.getString("writtenDate"));
        assertEquals("2019-05-20", entry.getString("publishedDate"));
        assertEquals("通告", entry.getString("documentType"));
        assertEquals("郑大数据〔2019〕23号", entry.getString("documentNumber"));
        assertEquals("郑州市大数据管理局政府信息公开制度", entry.getString("title"));
        assertTrue(entry.getString("body").contains("政府信息公开工作领导小组"), entry.getString("body"));
        assertTrue(db.scalar("SELECT last_serial FROM index_serial WHERE organisation_code = 'MB1532375' AND year = 2019") >= 45);
    }

    @Test
    void anUnknownIndexNumberIsA404ProblemInChinese() throws Exception {
        HttpResponse<String> unknown = new AppClient(base.toString()).get("api/v1/catalogue/MB1532375/2019-99999");
        HttpResponse<String> malformed = new AppClient(base.toString()).get("api/v1/catalogue/MB1532375/2019-45");

        for (HttpResponse<String> response : List.of(unknown, malformed)) {
            assertEquals(404, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertTrue(response.body().contains("不存在或尚未公开"), response.body());
        }
    }

    @Test
    void theDepartmentHeadReturnsADraftWithAComment() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("退回测试"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        AppClient head = loggedIn("depthead");

        HttpResponse<String> noComment = step(head, id, "return", version(item), "\"comment\":\" \"");
        assertEquals(400, noComment.statusCode());
        assertTrue(noComment.body().contains("退回时请填写意见"), noComment.body());

        JsonObject returned = ok(head, id, "return", version(item), "\"comment\":\"请补充数据来源\"");
        assertEquals("DRAFT", returned.getString("state"));
        assertEquals("请补充数据来源", returned.getString("lastComment"));
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM gov_info_step WHERE step = 'RETURNED' AND gov_info_id = " + id));

        // the department edits and sends it again
        HttpResponse<String> edited = loggedIn("deptstaff").sendJson("PUT", "api/v1/gov-info/" + id,
                draftJson(unique("退回后修改"), today, "PROACTIVE", null, null).replaceFirst("\\}$", ",\"version\":" + version(returned) + "}"));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("CONFIRMED", ok(head, id, "confirm", version(json(edited)), "").getString("state"));
    }

    @Test
    void stepsOutOfOrderAreRefusedInChineseAndChangeNothing() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("越级测试"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        AppClient office = loggedIn("office");

        HttpResponse<String> publish = step(office, id, "publish", version(item),
                "\"publishedDate\":\"" + today + "\",\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]");
        HttpResponse<String> catalogue = step(office, id, "catalogue", version(item), "");
        HttpResponse<String> signOff = step(loggedIn("director"), id, "sign-off", version(item), "");

        for (HttpResponse<String> refused : List.of(publish, catalogue, signOff)) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertTrue(refused.body().contains("拟稿状态"), refused.body());
        }
        assertEquals("DRAFT", db.text("SELECT state FROM gov_info WHERE id = " + id));
        assertEquals(version(item), db.scalar("SELECT version FROM gov_info WHERE id = " + id));
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM gov_info_step WHERE gov_info_id = " + id));
        assertNull(db.text("SELECT index_number FROM gov_info WHERE id = " + id));
        assertEquals(1, db.count(auditBefore, "office", "GOV_INFO_PUBLISH", "FAILED"));
    }

    @Test
    void anotherDepartmentsItemIsRefusedAndTheRefusalAudited() throws Exception {
        long otherDepartment = db.scalar("SELECT id FROM department WHERE name = '数据资源处'");
        String title = unique("数据资源处的拟稿");
        db.execute("""
                INSERT INTO gov_info (department_id, title, body_html, body_text, written_date, subject_category,
                  official_document, disclosure_attribute, state, created_by, created_at, updated_by, updated_at)
                VALUES (%d, '%s', '<p>正文</p>', '正文', '%s', 'GENERAL_AFFAIRS', FALSE, 'PROACTIVE', 'DRAFT',
                  'someone', NOW(6), 'someone', NOW(6))""".formatted(otherDepartment, title, today));
        long id = db.scalar("SELECT id FROM gov_info WHERE title = '" + title + "'");

        HttpResponse<String> confirm = step(loggedIn("depthead"), id, "confirm", 0, "");
        HttpResponse<String> read = loggedIn("deptstaff").get("api/v1/gov-info/" + id);
        HttpResponse<String> edit = loggedIn("deptstaff").sendJson("PUT", "api/v1/gov-info/" + id,
                draftJson(title, today, "PROACTIVE", null, null).replaceFirst("\\}$", ",\"version\":0}"));

        for (HttpResponse<String> refused : List.of(confirm, read, edit)) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("无权访问"), refused.body());
        }
        assertEquals("DRAFT", db.text("SELECT state FROM gov_info WHERE id = " + id));
        assertEquals(1, db.count(auditBefore, "depthead", "GOV_INFO_CONFIRM", "REFUSED"));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_EDIT", "REFUSED"));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_READ", "REFUSED"));
        // the office sees every department's items
        assertEquals(200, loggedIn("office").get("api/v1/gov-info/" + id).statusCode());
    }

    @Test
    void aRoleThatDoesNotTakeTheStepIsRefused() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("角色测试"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();

        HttpResponse<String> byStaff = step(loggedIn("deptstaff"), id, "confirm", version(item), "");
        HttpResponse<String> byOffice = step(loggedIn("office"), id, "return", version(item), "\"comment\":\"越权退回\"");

        assertEquals(403, byStaff.statusCode(), byStaff.body());
        assertEquals(403, byOffice.statusCode(), "a draft is returned by its department head only");
        assertEquals(1, db.count(auditBefore, "deptstaff", "ACCESS", "REFUSED"));
        assertEquals(1, db.count(auditBefore, "office", "GOV_INFO_RETURN", "REFUSED"));
        assertEquals("DRAFT", db.text("SELECT state FROM gov_info WHERE id = " + id));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("并发审核"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        long seen = version(item);

        HttpResponse<String> first = step(loggedIn("office"), id, "review", seen, "");
        HttpResponse<String> second = step(loggedIn("officehead"), id, "review", seen,
                "\"attribute\":\"ON_REQUEST\",\"changeReason\":\"仅涉及特定对象\"");

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(second.body().contains("数据已被他人修改"), second.body());
        assertEquals("PROACTIVE", db.text("SELECT disclosure_attribute FROM gov_info WHERE id = " + id));
    }

    @Test
    void concurrentCataloguingGivesConsecutiveSerialsWithoutAGap() throws Exception {
        int n = 10;
        List<Long> ids = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonObject item = signedOff(unique("并发编目" + i));
            ids.add(item.getJsonNumber("id").longValue());
            versions.add(version(item));
        }
        // several people at the same moment: each with a session of their own
        List<AppClient> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(loggedIn(i % 2 == 0 ? "office" : "officehead"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            results.add(pool.submit(() -> {
                start.await();
                return step(people.get(k), ids.get(k), "catalogue", versions.get(k), "");
            }));
        }
        start.countDown();
        TreeSet<Integer> serials = new TreeSet<>();
        for (Future<HttpResponse<String>> result : results) {
            HttpResponse<String> response = result.get();
            assertEquals(200, response.statusCode(), response.body());
            String index = json(response).getString("indexNumber");
            assertTrue(index.startsWith("MB1532375/" + today.getYear() + "-"), index);
            serials.add(Integer.parseInt(index.substring(index.length() - 5)));
        }
        pool.shutdown();

        assertEquals(n, serials.size(), "distinct: " + serials);
        assertEquals(n - 1, serials.last() - serials.first(), "consecutive: " + serials);
        assertEquals((long) serials.last(), db.scalar("SELECT last_serial FROM index_serial WHERE organisation_code = 'MB1532375' AND year = "
                + today.getYear()), "no serial given beyond the last one used");
    }

    @Test
    void exemptWithoutAReasonIsRefusedAndNothingIsSaved() throws Exception {
        String title = unique("免予公开无理由");
        long before = db.scalar("SELECT COUNT(*) FROM gov_info");
        long deadlinesBefore = db.scalar("SELECT COUNT(*) FROM deadline WHERE subject_type = 'GovInfo'");

        HttpResponse<String> refused = loggedIn("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson(title, today, "EXEMPT", null, null));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("免予公开须选择法定依据"), refused.body());
        assertEquals(before, db.scalar("SELECT COUNT(*) FROM gov_info"));
        assertEquals(deadlinesBefore, db.scalar("SELECT COUNT(*) FROM deadline WHERE subject_type = 'GovInfo'"));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_CREATE", "FAILED"));

        HttpResponse<String> withReason = loggedIn("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson(title, today, "EXEMPT", "\"exemptionGround\":\"ART16_PROCESS_INFORMATION\",\"exemptionReason\":\"讨论过程稿\"", null));
        assertEquals(201, withReason.statusCode(), withReason.body());
    }

    @Test
    void aMalformedDocumentNumberIsRefused() throws Exception {
        HttpResponse<String> refused = loggedIn("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson(unique("文号错误"), today, "PROACTIVE", null, "郑大数据[2026]7号"));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("郑大数据〔2019〕23号"), "the message shows the right form: " + refused.body());
    }

    @Test
    void aClassifiedItemNeverPublishesAndLeavesTheDeadline() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("定密测试"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(loggedIn("office"), id, "review", version(item), "");

        HttpResponse<String> noLevel = step(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"CLASSIFIED\"");
        assertEquals(400, noLevel.statusCode(), noLevel.body());
        item = ok(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"CLASSIFIED\",\"level\":\"CONFIDENTIAL\"");

        assertEquals("CLASSIFIED", item.getString("state"));
        assertNotNull(db.text(deadlineSql("closed_at", id)));
        assertEquals(400, step(loggedIn("leader"), id, "sign-off", version(item), "").statusCode());
    }

    @Test
    void consultationDoubtfulSecrecyOtherAgencyAndANewVersion() throws Exception {
        String extra = "\"involvesOtherAgency\":true,\"otherAgencyName\":\"市财政局\"";
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("涉及他机关"), today, "PROACTIVE", extra, null));
        long id = item.getJsonNumber("id").longValue();
        AppClient office = loggedIn("office");
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(office, id, "consult", version(item), "\"question\":\"能否主动公开？\"");
        assertEquals("CONSULTATION", item.getString("state"));
        assertEquals(400, step(office, id, "review", version(item), "").statusCode(), "waits for the answer");
        item = ok(office, id, "consultation-answer", version(item), "\"answer\":\"可以主动公开\"");
        item = ok(office, id, "review", version(item), "");
        AppClient secrecy = loggedIn("secrecy");
        item = ok(secrecy, id, "secrecy", version(item), "\"outcome\":\"DOUBTFUL\",\"text\":\"是否涉及工作秘密？\"");
        assertEquals("SECRECY_DOUBTFUL", item.getString("state"));
        item = ok(secrecy, id, "secrecy", version(item), "\"outcome\":\"PASSED\",\"text\":\"保密局答复：不涉密\"");
        item = ok(loggedIn("director"), id, "sign-off", version(item), "");
        item = ok(office, id, "catalogue", version(item), "");
        String publish = "\"publishedDate\":\"" + today + "\",\"channels\":[{\"channel\":\"ZHENGZHOU_DAILY\",\"reference\":\"第3版\"}]";

        HttpResponse<String> unconfirmed = step(office, id, "publish", version(item), publish);
        assertEquals(400, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("市财政局"), unconfirmed.body());

        item = ok(office, id, "agency-confirmation", version(item), "\"confirmedBy\":\"市财政局办公室\",\"text\":\"同意公开\"");
        item = ok(office, id, "publish", version(item), publish);
        assertEquals("PUBLISHED", item.getString("state"));

        HttpResponse<String> revised = step(office, id, "revise", version(item), "");
        assertEquals(201, revised.statusCode(), revised.body());
        JsonObject next = json(revised);
        assertEquals("DRAFT", next.getString("state"));
        assertEquals(2, next.getInt("infoVersion"));
        assertEquals(id, next.getJsonNumber("previousId").longValue());
        assertNull(db.text(deadlineSql("closed_at", next.getJsonNumber("id").longValue())), "a change has its own deadline");
        assertEquals(200, new AppClient(base.toString()).get("api/v1/catalogue/" + item.getString("indexNumber")).statusCode(),
                "the published version stays in the catalogue");
    }

    // ---- helpers -------------------------------------------------------------------------

    @Test
    void theFilingExportListsTheYearsEntriesAsXlsxAndCsv() throws Exception {
        // a title a spreadsheet would take for a formula: the CSV must defuse it
        String title = unique("=SUM(1+1)政务数据共享目录");
        JsonObject item = signedOff(title);
        long id = item.getJsonNumber("id").longValue();
        AppClient office = loggedIn("office");
        item = ok(office, id, "catalogue", version(item), "");
        String index = item.getString("indexNumber");
        ok(office, id, "publish", version(item), """
                "publishedDate":"%s","channels":[{"channel":"BUREAU_WEBSITE","reference":"https://example.org/%d"}]"""
                .formatted(today, id));

        HttpResponse<byte[]> xlsx = office.getBytes("api/v1/gov-info/filing/" + today.getYear());
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("索引号", sheet.getRow(0).getCell(0).getStringCellValue());
            Row row = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (index.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    row = sheet.getRow(r);
                }
            }
            assertNotNull(row, "the entry " + index + " is in the export");
            assertEquals("郑州市大数据管理局", row.getCell(1).getStringCellValue());
            assertEquals(title, row.getCell(3).getStringCellValue(), "a spreadsheet cell holds the text as it is");
            assertEquals(today.toString(), row.getCell(7).getStringCellValue());
            assertTrue(row.getCell(8).getStringCellValue().startsWith("本局网站 " + today), row.getCell(8).getStringCellValue());
        }

        HttpResponse<byte[]> csv = office.getBytes("api/v1/gov-info/filing/" + today.getYear() + "?format=csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF索引号,发布机构,主题分类,标题"), text.substring(0, Math.min(40, text.length())));
        String line = text.lines().filter(l -> l.startsWith(index)).findFirst().orElseThrow();
        assertTrue(line.contains(",'=SUM(1+1)政务数据共享目录"), "a formula-like cell is defused: " + line);

        assertEquals(403, loggedIn("deptstaff").getBytes("api/v1/gov-info/filing/" + today.getYear()).statusCode());
        HttpResponse<String> badYear = office.get("api/v1/gov-info/filing/19x9");
        assertEquals(400, badYear.statusCode(), badYear.body());
    }

    @Test
    void lateItemsAreListedWithTheWorkingDaysTheyAreLateAndTheDrafterIsReminded() throws Exception {
        LocalDate written = today.minusDays(45);
        AppClient staff = loggedIn("deptstaff");
        long open = created(staff, draftJson(unique("逾期未发布"), written, "PROACTIVE", null, null))
                .getJsonNumber("id").longValue();
        JsonObject late = signedOffWritten(unique("逾期后发布"), written);
        long published = late.getJsonNumber("id").longValue();
        AppClient office = loggedIn("office");
        late = ok(office, published, "catalogue", version(late), "");
        ok(office, published, "publish", version(late), "\"publishedDate\":\"%s\",\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]"
                .formatted(today));

        // expected: the working days after the due date up to today, from the public calendar
        LocalDate due = LocalDate.parse(json(new AppClient(base.toString())
                .get("api/v1/calendar/add?from=" + written + "&workingDays=20")).getString("due"));
        int expected = 0;
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (json(new AppClient(base.toString()).get("api/v1/calendar/days/" + d)).getBoolean("workingDay")) {
                expected++;
            }
        }
        assertTrue(expected > 0, "45 days ago is past 20 working days");

        HttpResponse<String> list = office.get("api/v1/gov-info/late?year=" + today.getYear());
        assertEquals(200, list.statusCode(), list.body());
        var rows = Json.createReader(new StringReader(list.body())).readArray();
        for (long id : List.of(open, published)) {
            JsonObject row = rows.stream().map(v -> v.asJsonObject())
                    .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " not in " + list.body()));
            assertEquals(due.toString(), row.getString("dueDate"));
            assertEquals(expected, row.getInt("workingDaysLate"), row.toString());
        }

        // the open one is overdue: a reminder pass reminds the person who drafted it
        assertEquals(200, loggedIn("officehead").sendJson("POST", "api/v1/notifications/pass", "").statusCode());
        long deadline = db.scalar("SELECT id FROM deadline WHERE subject_type = 'GovInfo' AND subject_id = '" + open + "'");
        assertTrue(db.scalar("SELECT COUNT(*) FROM reminder WHERE deadline_id = " + deadline
                + " AND recipient = 'deptstaff' AND kind LIKE 'OVERDUE%'") >= 1, "an overdue reminder for the drafter");
    }

    @Test
    void channelsAndSecondLevelCategoriesAreTheOfficesConfiguredOnes() throws Exception {
        AppClient head = loggedIn("officehead");
        String channelName = unique("郑州大数据微信公众号");
        HttpResponse<String> added = head.sendJson("POST", "api/v1/catalogue-settings/channels",
                "{\"name\":\"" + channelName + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject channel = json(added);
        String code = channel.getString("code");
        assertEquals(403, loggedIn("office").sendJson("POST", "api/v1/catalogue-settings/channels",
                "{\"name\":\"" + unique("办公室不能加") + "\"}").statusCode(), "only the office head configures");

        String subcategory = unique("数据开放");
        assertEquals(201, head.sendJson("POST", "api/v1/catalogue-settings/subcategories",
                "{\"category\":\"INDUSTRY_TRANSPORT\",\"name\":\"" + subcategory + "\"}").statusCode());
        JsonObject settings = json(new AppClient(base.toString()).get("api/v1/catalogue-settings"));
        assertTrue(settings.toString().contains(channelName) && settings.toString().contains(subcategory), "public list");

        // a second level that is not configured is refused; the configured one is taken
        HttpResponse<String> unknown = loggedIn("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson(unique("二级分类未设置"), today, "PROACTIVE", "\"subjectSubcategory\":\"随手写的分类\"", null));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(json(unknown).getString("detail").contains("随手写的分类"), unknown.body());
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("二级分类已设置"), today, "PROACTIVE",
                "\"subjectSubcategory\":\"" + subcategory + "\"", null));
        long id = item.getJsonNumber("id").longValue();
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(loggedIn("office"), id, "review", version(item), "");
        item = ok(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"PASSED\"");
        item = ok(loggedIn("director"), id, "sign-off", version(item), "");
        AppClient office = loggedIn("office");
        item = ok(office, id, "catalogue", version(item), "");

        // an unknown channel, then the new one retired: refused; restored: published on it
        HttpResponse<String> bogus = step(office, id, "publish", version(item), """
                "publishedDate":"%s","channels":[{"channel":"NO_SUCH_CHANNEL"}]""".formatted(today));
        assertEquals(400, bogus.statusCode(), bogus.body());
        assertTrue(json(bogus).getString("detail").contains("NO_SUCH_CHANNEL"), bogus.body());
        JsonObject retired = json(head.sendJson("PUT", "api/v1/catalogue-settings/channels/" + code,
                "{\"active\":false,\"version\":" + channel.getJsonNumber("version").longValue() + "}"));
        assertEquals(false, retired.getBoolean("active"));
        assertEquals(400, step(office, id, "publish", version(item), """
                "publishedDate":"%s","channels":[{"channel":"%s"}]""".formatted(today, code)).statusCode());
        head.sendJson("PUT", "api/v1/catalogue-settings/channels/" + code,
                "{\"active\":true,\"version\":" + retired.getJsonNumber("version").longValue() + "}");
        item = ok(office, id, "publish", version(item), """
                "publishedDate":"%s","channels":[{"channel":"%s","reference":"推文第1期"}]""".formatted(today, code));
        assertEquals("PUBLISHED", item.getString("state"));
        assertEquals(1, db.count(auditBefore, "officehead", "CATALOGUE_CHANNEL_ADD", "SUCCESS"));
    }

    private JsonObject signedOffWritten(String title, LocalDate written) throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(title, written, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(loggedIn("office"), id, "review", version(item), "");
        item = ok(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"PASSED\"");
        return ok(loggedIn("director"), id, "sign-off", version(item), "");
    }

    private JsonObject signedOff(String title) throws Exception {
        return signedOffWritten(title, today);
    }

    private static String draftJson(String title, LocalDate written, String attribute, String extra, String number) {
        return """
                {"title":"%s","body":"<p>正文第一段</p><script>alert(1)</script><p>正文第二段</p>","documentType":"通知",
                 "writtenDate":"%s","subjectCategory":"INDUSTRY_TRANSPORT","keyContentCategory":"BIG_DATA_INDUSTRY",
                 "officialDocument":true,"attribute":"%s"%s%s}""".formatted(title, written, attribute,
                extra == null ? "" : "," + extra, number == null ? "" : ",\"documentNumber\":\"" + number + "\"");
    }

    private static String deadlineSql(String column, long id) {
        return "SELECT " + column + " FROM deadline WHERE subject_type = 'GovInfo' AND kind = 'PUBLICATION' AND subject_id = '"
                + id + "'";
    }

    private static String unique(String title) {
        return title + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    private AppClient loggedIn(String username) throws Exception {
        AppClient client = new AppClient(base.toString());
        assertEquals(302, client.login(username, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + username);
        return client;
    }

    private static JsonObject created(AppClient client, String json) throws Exception {
        HttpResponse<String> response = client.sendJson("POST", "api/v1/gov-info", json);
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    private static HttpResponse<String> step(AppClient client, long id, String step, long version, String fields)
            throws Exception {
        String body = "{\"version\":" + version + (fields.isBlank() ? "" : "," + fields) + "}";
        return client.sendJson("POST", "api/v1/gov-info/" + id + "/" + step, body);
    }

    private static JsonObject ok(AppClient client, long id, String step, long version, String fields) throws Exception {
        HttpResponse<String> response = step(client, id, step, version, fields);
        assertEquals(200, response.statusCode(), step + ": " + response.body());
        return json(response);
    }

    private static long version(JsonObject item) {
        return item.getJsonNumber("version").longValue();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
