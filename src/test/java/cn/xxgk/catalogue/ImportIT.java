package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.AppClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #14 items 1 and 6 on the real stack: the policy interpretation link through the API, both
 * sides in the public catalogue; the historical import's dry run, all-or-nothing import, the index
 * serial continuing after it, the imported entries in the public catalogue and its search, and the
 * files the API refuses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT extends CatalogueItSupport {

    static final String HEADER = "索引号,发布机构,主题分类,成文日期,发布日期,文号,文种,标题,正文\r\n";
    static final String IMPORTS = "api/v1/gov-info/imports";

    JsonObject published(String title) throws Exception {
        JsonObject item = signedOff(title);
        AppClient office = loggedIn("office");
        item = ok(office, id(item), "catalogue", version(item), "");
        return ok(office, id(item), "publish", version(item), "\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]");
    }

    static String row(String index, String subject, String written, String published, String title) {
        return index + ",郑州市大数据管理局," + subject + "," + written + "," + published + ",,," + title + ",\"" + title
                + "的正文。\n第二段。\"\r\n";
    }

    /** Polls the job until its state is final (it runs in the background). */
    JsonObject finished(AppClient client, HttpResponse<String> started) throws Exception {
        assertEquals(202, started.statusCode(), started.body());
        long id = json(started).getJsonNumber("id").longValue();
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < giveUp) {
            JsonObject job = json(client.get(IMPORTS + "/" + id));
            if (!List.of("CHECKING", "IMPORTING").contains(job.getString("state"))) {
                return job;
            }
            Thread.sleep(100); // polling the job between requests
        }
        throw new AssertionError("import " + id + " did not finish within 60 s");
    }

    /** The public search's hit count for a query, polled for a few seconds (an index may follow the change log). */
    int searchTotal(String query) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int total;
        do {
            total = json(anonymous().get("api/v1/catalogue?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .getInt("total");
            if (total > 0) {
                return total;
            }
            Thread.sleep(100); // polling the search between requests
        } while (System.nanoTime() < giveUp);
        return total;
    }

    long countOf(String indexPrefix) throws Exception {
        return db.scalar("SELECT COUNT(*) FROM gov_info WHERE index_number LIKE '" + indexPrefix + "%'");
    }

    @Test
    @DisplayName("Interpretation (政策解读): linked through the API, each published side names the other; refusals change nothing")
    void anInterpretationIsLinkedAndBothSidesShowIt() throws Exception {
        String document = published(unique("数据共享管理办法")).getString("indexNumber");
        String interpretation = published(unique("《数据共享管理办法》政策解读")).getString("indexNumber");
        JsonObject catalogued = signedOff(unique("尚未公开的解读"));
        catalogued = ok(loggedIn("office"), id(catalogued), "catalogue", version(catalogued), "");
        String unpublished = catalogued.getString("indexNumber");
        AppClient office = loggedIn("office");

        assertEquals(403, link(loggedIn("deptstaff"), interpretation, document).statusCode());
        for (String[] refused : List.of(new String[] {interpretation, interpretation, "不能解读它自己"},
                new String[] {unpublished, document, "尚未公开"}, new String[] {interpretation, "MB1532375/1999-00001", "不存在"})) {
            HttpResponse<String> response = link(office, refused[0], refused[1]);
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains(refused[2]), response.body());
        }

        HttpResponse<String> linked = link(office, interpretation, document);
        assertEquals(201, linked.statusCode(), linked.body());
        long documentId = db.scalar("SELECT id FROM gov_info WHERE index_number = '" + document + "'");
        String itemPage = office.browse("catalogue/item.xhtml?id=" + documentId).body();
        assertTrue(itemPage.contains("本文件的政策解读") && itemPage.contains(interpretation), itemPage);

        JsonObject documentEntry = json(anonymous().get("api/v1/catalogue/" + document));
        JsonArray interpretations = documentEntry.getJsonArray("interpretations");
        assertEquals(1, interpretations.size());
        assertEquals(interpretation, interpretations.getJsonObject(0).getString("indexNumber"));
        assertTrue(interpretations.getJsonObject(0).getString("title").contains("政策解读"));
        JsonObject interpretationEntry = json(anonymous().get("api/v1/catalogue/" + interpretation));
        assertEquals(document, interpretationEntry.getJsonObject("interprets").getString("indexNumber"));

        HttpResponse<String> twice = link(office, interpretation, document);
        assertTrue(twice.statusCode() == 400 && twice.body().contains("已关联"), twice.body());
        HttpResponse<String> cycle = link(office, document, interpretation);
        assertTrue(cycle.statusCode() == 400 && cycle.body().contains("循环"), cycle.body());
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM gov_info_interpretation WHERE document_id = "
                + "(SELECT id FROM gov_info WHERE index_number = '" + document + "')"));
        assertEquals(1, db.count(auditBefore, "office", "INTERPRETATION_LINK", "SUCCESS"));

        assertEquals(204, office.delete("api/v1/gov-info/interpretations/" + interpretation).statusCode());
        assertEquals(0, json(anonymous().get("api/v1/catalogue/" + document)).getJsonArray("interpretations").size());
    }

    HttpResponse<String> link(AppClient client, String interpretation, String document) throws Exception {
        return client.sendJson("POST", "api/v1/gov-info/interpretations",
                "{\"interpretation\":\"" + interpretation + "\",\"document\":\"" + document + "\"}");
    }

    @Test
    void aDryRunListsEveryRefusedRowWithItsReasonAndSavesNothing() throws Exception {
        String csv = HEADER + row("MB1532375/2015-00001", "综合政务", "2015-01-05", "2015-01-08", "二〇一五年工作要点")
                + row("MB1532375/2015-00001", "综合政务", "2015-01-05", "2015-01-08", "重复的索引号")
                + row("MB1532375/2015-00003", "不存在的分类", "2015-02-30", "2015-03-01", "坏的分类和日期")
                + row("MB1532375/2099-00004", "综合政务", "2015-01-05", "2015-01-08", "未来的年份");
        AppClient head = loggedIn("officehead");

        JsonObject job = finished(head, head.postBytes(IMPORTS + "?dryRun=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals("REFUSED", job.getString("state"), job.toString());
        String refusals = job.getJsonArray("refusals").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("row") + "|" + r.getString("column") + "|" + r.getString("reason"))
                .collect(Collectors.joining("\n"));
        assertTrue(refusals.contains("3|索引号|索引号 MB1532375/2015-00001 在文件中重复（与第 2 行相同）"), refusals);
        assertTrue(refusals.contains("4|主题分类|不认识的主题分类“不存在的分类”"), refusals);
        assertTrue(refusals.contains("4|成文日期|日期“2015-02-30”格式不对"), refusals);
        assertTrue(refusals.contains("5|索引号|索引号的年份 2099 不合理"), refusals);
        assertFalse(refusals.contains("\n2|") || refusals.startsWith("2|"), refusals);
        assertEquals(0, countOf("MB1532375/2015-"));

        // the screen finds the job again (as after a reload) and lists the same refusals
        HttpResponse<String> screen = head.browse("catalogue/import.xhtml");
        assertEquals(200, screen.statusCode());
        assertTrue(screen.body().contains("任务 #" + job.getInt("id")), screen.body());
        assertTrue(screen.body().contains("有不合格的行，未保存任何条目") && screen.body().contains("不认识的主题分类"), screen.body());
    }

    @Test
    void aGbkFileWithOneBadRowSavesNothingAndItsDryRunPassesWhenCorrected() throws Exception {
        String good = row("MB1532375/2016-00001", "工业、交通", "2016-03-01", "2016-03-02", "二〇一六年大数据产业情况");
        String bad = row("MB1532375/2016-00002", "工业、交通", "2016-03-01", "2016-02-28", "发布早于成文");
        AppClient head = loggedIn("officehead");

        JsonObject refused = finished(head, head.postBytes(IMPORTS, "text/csv", (HEADER + good + bad).getBytes(Charset.forName("GBK"))));
        assertEquals("REFUSED", refused.getString("state"), refused.toString());
        assertEquals(1, refused.getJsonArray("refusals").size(), refused.toString());
        assertEquals(0, countOf("MB1532375/2016-"));

        JsonObject checked = finished(head, head.postBytes(IMPORTS + "?dryRun=true&charset=GBK", "text/csv",
                (HEADER + good).getBytes(Charset.forName("GBK"))));
        assertEquals("CHECKED", checked.getString("state"), checked.toString());
        assertEquals(0, countOf("MB1532375/2016-"));
    }

    @Test
    void aGoodFileImportsAllAsPublishedSearchableEntriesAndTheSerialContinuesAfterIt() throws Exception {
        int year = today.getYear();
        long last = db.scalar("SELECT COALESCE(MAX(last_serial), 0) FROM index_serial WHERE organisation_code = 'MB1532375' AND year = " + year);
        int high = (int) last + 300;
        String title = unique("历史目录导入的通知");
        String csv = HEADER + row("MB1532375/2014-00007", "综合政务/政府信息公开制度", "2014-05-04", "2014-05-06", "二〇一四年信息公开工作")
                + row("MB1532375/%d-%05d".formatted(year, high), "工业、交通", today.minusDays(3).toString(),
                today.minusDays(1).toString(), title);
        AppClient head = loggedIn("officehead");

        JsonObject job = finished(head, head.postFile(IMPORTS, "file", "历史目录.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(2, job.getInt("importedRows"));
        assertEquals(100, job.getInt("percent"));
        JsonObject entry = json(anonymous().get("api/v1/catalogue/MB1532375/2014-00007"));
        assertEquals("2014-05-04", entry.getString("writtenDate"));
        assertEquals("2014-05-06", entry.getString("publishedDate"));
        assertEquals("政府信息公开制度", entry.getString("subjectCategory"));
        assertTrue(entry.getString("body").contains("第二段"), entry.toString());
        assertEquals(1, searchTotal(title), "the imported entry is found by the public search");
        assertEquals("IMPORTED", db.text("SELECT s.step FROM gov_info_step s JOIN gov_info g ON g.id = s.gov_info_id"
                + " WHERE g.index_number = 'MB1532375/2014-00007'"));
        assertEquals(1, db.count(auditBefore, "officehead", "CATALOGUE_IMPORT", "SUCCESS"));

        // the next entry catalogued this year continues after the highest imported serial
        JsonObject next = signedOff(unique("导入之后编目"));
        next = ok(loggedIn("office"), id(next), "catalogue", version(next), "");
        assertEquals("MB1532375/%d-%05d".formatted(year, high + 1), next.getString("indexNumber"));

        // the same file again: every row is already in the catalogue
        JsonObject again = finished(head, head.postBytes(IMPORTS, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("REFUSED", again.getString("state"));
        assertTrue(again.getJsonArray("refusals").getJsonObject(0).getString("reason").contains("在目录中已存在"));
    }

    @Test
    void filesTheApiCannotReadAreProblemsAndOnlyTheOfficeHeadImports() throws Exception {
        AppClient head = loggedIn("officehead");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        for (byte[] bad : List.of(new byte[0], png, "标题,正文\n甲,乙\n".getBytes(StandardCharsets.UTF_8))) {
            HttpResponse<String> response = head.postBytes(IMPORTS + "?dryRun=true", "application/octet-stream", bad);
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        }
        HttpResponse<String> huge = head.postBytes(IMPORTS + "?dryRun=true", "text/csv", new byte[12 * 1024 * 1024]);
        assertEquals(413, huge.statusCode(), huge.body());
        assertEquals(400, head.postBytes(IMPORTS + "?dryRun=maybe", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(403, loggedIn("office").postBytes(IMPORTS, "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(401, anonymous().postBytes(IMPORTS, "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode());

        HttpResponse<String> template = head.get(IMPORTS + "/template");
        assertEquals(200, template.statusCode());
        assertTrue(template.body().contains("索引号,发布机构,主题分类,成文日期,发布日期,文号,文种,标题,正文"), template.body());
        assertNotNull(template.headers().firstValue("Content-Disposition").orElse(null));
    }
}
