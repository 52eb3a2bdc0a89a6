package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.AppClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Proactive disclosure on the real stack, end to end: the whole chain through the JSON commands
 * into the public catalogue, the bureau's own rules as a published entry, gap-free index numbers
 * under concurrent cataloguing, the filing export. The phases have their own classes: DraftingIT,
 * ReviewIT, PublicationIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT extends CatalogueItSupport {

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
        // an official document: the director signs it and fixes its attribute (seed 三(四))
        item = ok(loggedIn("director"), id, "sign-off", version(item), "\"comment\":\"同意主动公开\"");
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

        // the search index follows the catalogue's change log within seconds: poll for it
        String search = "api/v1/catalogue?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&page=1";
        JsonObject found = json(new AppClient(base.toString()).get(search));
        for (long until = System.nanoTime() + 30_000_000_000L; found.getInt("total") == 0 && System.nanoTime() < until; ) {
            Thread.onSpinWait();
            found = json(new AppClient(base.toString()).get(search));
        }
        assertEquals(1, found.getInt("total"));

        assertNotNull(db.text(deadlineSql("closed_at", id)), "publication closes the deadline");
        assertEquals(7, db.scalar("SELECT COUNT(*) FROM gov_info_step WHERE gov_info_id = " + id));
        assertEquals(2, db.scalar("SELECT COUNT(*) FROM publication_channel WHERE gov_info_id = " + id));
        assertEquals(1, db.count(auditBefore, "office", "GOV_INFO_PUBLISH", "SUCCESS"));
        assertEquals(1, db.count(auditBefore, "director", "GOV_INFO_SIGN_OFF", "SUCCESS"));
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
}
