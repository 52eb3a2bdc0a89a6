package cn.xxgk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.devserver.PayaraProcess;
import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.portal.web.KeptScreens;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestDatabaseServer;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The search engine on the real stack (one server with its own database and index directory, restarted
 * once): a publication through the chain becomes searchable; the change log never skips a change, even one
 * committed late by a long transaction among concurrent publications; a restart catches up with what changed
 * while the server was down; a rebuild restores a damaged index and shows its progress; bad queries get 4xx
 * or sane answers. Rows written "behind the application" are written as the schema owner, as an import would.
 */
class SearchIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final AtomicInteger SERIAL = new AtomicInteger();
    static final AtomicInteger BOOTS = new AtomicInteger();

    static Coordinates db;
    static Map<String, String> settings;
    static PayaraProcess payara;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabaseServer.get().newDatabase();
        settings = TestSettings.applicationSettings(db, 2525);
        boot();
    }

    static void boot() throws Exception {
        File log = new File("target/payara-search-" + BOOTS.incrementAndGet() + ".log");
        payara = PayaraProcess.start(TestSettings.war(), TestSettings.serverLib(), TestSettings.serverConfig(),
                PayaraProcess.freePort(), settings, log);
        payara.awaitReady(Duration.ofMinutes(4));
        base = payara.baseUrl();
        new AppClient(base); // waits for the demo data
    }

    @AfterAll
    static void stop() throws Exception {
        payara.close();
    }

    @Test
    @DisplayName("Art. 24: a publication through the chain is found by the public search API within seconds, with a snippet and no body")
    void aPublicationIsSearchableSoonAfterItsCommit() throws Exception {
        String word = token();
        String title = "关于" + word + "数字政府建设的通知";
        AppClient staff = login("deptstaff");
        JsonObject item = json(staff.sendJson("POST", "api/v1/gov-info", """
                {"title":"%s","body":"<p>为推进%s工作，现将有关事项通知如下。</p>","documentType":"通知",
                 "writtenDate":"%s","subjectCategory":"INDUSTRY_TRANSPORT","keyContentCategory":"BIG_DATA_INDUSTRY",
                 "officialDocument":true,"attribute":"PROACTIVE","documentNumber":"郑大数据〔2026〕%d号"}"""
                .formatted(title, word, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 700 + SERIAL.incrementAndGet())), 201);
        long id = item.getJsonNumber("id").longValue();
        item = step(login("depthead"), id, "confirm", item, "");
        item = step(login("office"), id, "review", item, "");
        item = step(login("secrecy"), id, "secrecy", item, "\"outcome\":\"PASSED\"");
        item = step(login("director"), id, "sign-off", item, "");
        AppClient office = login("office");
        item = step(office, id, "catalogue", item, "");
        long committed = System.nanoTime();
        step(office, id, "publish", item, "\"publishedDate\":\"%s\",\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]"
                .formatted(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));

        JsonObject page = await(word, p -> p.getInt("total") == 1);
        System.out.printf("search: a publication was searchable %d ms after its commit%n",
                (System.nanoTime() - committed) / 1_000_000);
        JsonObject hit = page.getJsonArray("entries").getJsonObject(0);
        assertEquals(title, hit.getString("title"));
        assertFalse(hit.containsKey("body"), "no whole body in a result list");
        assertTrue(hit.getString("snippet").contains(word), hit.toString());
        assertTrue(hit.getJsonArray("snippetParts").stream().map(v -> v.asJsonObject())
                .anyMatch(p -> p.getBoolean("hit") && p.getString("text").equals(word)), hit.toString());
        // the document number, in part; full-width digits in the query
        assertEquals(1, search("〔２０２６〕" + (700 + SERIAL.get()) + "号&keyContentCategory=BIG_DATA_INDUSTRY")
                .getInt("total"));
    }

    @Test
    @DisplayName("a search screen kept for the next reader shows a publication as soon as the index has it")
    void aKeptSearchScreenShowsAPublicationOnceIndexed() throws Exception {
        String word = token();
        String path = "public/search?q=" + enc(word);
        AppClient reader = new AppClient(base);
        HttpResponse<String> drawn = reader.get(path);
        assertEquals(200, drawn.statusCode());
        assertTrue(drawn.body().contains("id=\"no-hits\""), drawn.body());
        assertFalse(drawn.headers().allValues("Content-Security-Policy").contains(KeptScreens.SCRIPT_POLICY));

        HttpResponse<String> kept = reader.get(path);
        assertEquals(drawn.body(), kept.body());
        assertTrue(kept.headers().allValues("Content-Security-Policy").contains(KeptScreens.SCRIPT_POLICY),
                "the second reader got the kept screen: " + kept.headers().map());
        assertEquals(drawn.headers().firstValue("Content-Type"), kept.headers().firstValue("Content-Type"));

        try (Connection c = owner()) {
            insertPublished(c, word, "甲");
        }
        await(word, p -> p.getInt("total") == 1);
        HttpResponse<String> after = reader.get(path);
        assertTrue(after.body().contains("<mark>" + word + "</mark>"), "the kept screen of the catalogue before was not sent again");
        assertFalse(after.body().contains("id=\"no-hits\""));
    }

    @Test
    @DisplayName("the change log never skips a change: concurrent publications and one committed late by a long transaction are all found")
    void theChangeLogNeverSkipsAChange() throws Exception {
        String word = token();
        // a long transaction takes a change-log id first and commits last
        try (Connection late = owner()) {
            late.setAutoCommit(false);
            insertPublished(late, word, "迟交");
            int threads = 6;
            int each = 15;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    try (Connection c = owner()) {
                        for (int i = 0; i < each; i++) {
                            insertPublished(c, word, "并发");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            // the others are found although a lower change-log id is still uncommitted
            await(word + "并发", p -> p.getInt("total") == threads * each);
            assertEquals(0, search(word + "迟交").getInt("total"));
            late.commit();
        }
        await(word + "迟交", p -> p.getInt("total") == 1);
        assertEquals(6 * 15 + 1, search(word).getInt("total"));
    }

    @Test
    @DisplayName("after a restart the index catches up with what was published and withdrawn while the server was down")
    void aRestartCatchesUp() throws Exception {
        String word = token();
        Connection first = owner();
        long kept = insertPublished(first, word, "保留");
        long withdrawn = insertPublished(first, word, "撤回");
        first.close();
        await(word, p -> p.getInt("total") == 2);
        payara.close();
        try (Connection c = owner()) {
            insertPublished(c, word, "停机期间");
            c.createStatement().executeUpdate("UPDATE gov_info SET state = 'CATALOGUED', version = version + 1 WHERE id = "
                    + withdrawn);
            c.createStatement().executeUpdate("UPDATE gov_info SET title = CONCAT(title, '已修订'), version = version + 1 "
                    + "WHERE id = " + kept);
        }
        boot();
        await(word, p -> p.getInt("total") == 2);
        assertEquals(1, search(word + "停机期间").getInt("total"));
        assertEquals(0, search(word + "撤回").getInt("total"));
        assertEquals(1, search(word + "保留已修订").getInt("total"));
    }

    @Test
    @DisplayName("a rebuild by the office head restores an entry dropped from the index, with its progress; others may not")
    void aRebuildRestoresTheIndex() throws Exception {
        String word = token();
        Connection c = owner();
        long id = insertPublished(c, word, "重建");
        c.close();
        await(word, p -> p.getInt("total") == 1);
        AppClient head = login("officehead");
        assertEquals(403, login("office").sendJson("POST", "api/v1/search-index/rebuild", "").statusCode());
        assertEquals(204, head.delete("api/v1/search-index/entries/" + id).statusCode());
        assertEquals(0, search(word).getInt("total"));

        HttpResponse<String> started = head.sendJson("POST", "api/v1/search-index/rebuild", "");
        assertEquals(202, started.statusCode(), started.body());
        JsonObject progress = json(head.get("api/v1/search-index/rebuild"), 200);
        for (long until = System.nanoTime() + PATIENCE.toNanos(); progress.getBoolean("running")
                && System.nanoTime() < until; ) {
            Thread.onSpinWait();
            progress = json(head.get("api/v1/search-index/rebuild"), 200);
        }
        assertFalse(progress.getBoolean("running"), progress.toString());
        assertEquals(100, progress.getInt("percent"));
        long published = new AuditRows(db).scalar("SELECT COUNT(*) FROM gov_info WHERE state = 'PUBLISHED'");
        assertEquals(published, progress.getJsonNumber("done").longValue());
        assertEquals(1, search(word).getInt("total"));
        assertEquals(published, search("").getJsonNumber("total").longValue());

        // the office head's screen shows the index and the finished rebuild; the office sees no button
        String screen = head.browse("admin/search-index.xhtml").body();
        assertTrue(screen.contains("重建索引") && screen.contains("已索引"), screen);
        String office = login("office").browse("admin/search-index.xhtml").body();
        assertTrue(office.contains("重建索引须由办公室负责人操作") && !office.contains("id=\"rebuild:start\""), office);
    }

    @Test
    @DisplayName("bad queries: too long, control characters, bad filters and pages get 400; script, SQL, rare characters and pages past the end a sane 200")
    void badQueriesGetSaneAnswers() throws Exception {
        AppClient anyone = new AppClient(base);
        for (String q : List.of("<script>alert(1)</script>", "' OR 1=1; DROP TABLE gov_info; --", "𠀀𪚥", "%", "_")) {
            HttpResponse<String> r = anyone.get("api/v1/catalogue?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), q + ": " + r.body());
        }
        JsonObject past = json(anyone.get("api/v1/catalogue?q=" + enc("公开") + "&page=400"), 200);
        assertEquals(0, past.getJsonArray("entries").size());
        for (String query : List.of("q=" + "公".repeat(101), "q=a%00b", "page=0", "page=x", "size=1000", "sort=up",
                "year=abc", "year=1800", "keyContentCategory=NOPE", "subjectCategory=%3Cscript%3E")) {
            HttpResponse<String> r = anyone.get("api/v1/catalogue?" + query);
            assertEquals(400, r.statusCode(), query + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), query);
        }
        // a 1 MB query (the server refuses the request line), then 300 characters (the application refuses, not cuts)
        java.net.http.HttpClient own = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> huge = own.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "api/v1/catalogue?q=" + "x".repeat(1_000_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, "1 MB query: " + huge.statusCode());
        HttpResponse<String> long100k = own.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "api/v1/catalogue?q=" + enc("公".repeat(300)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, long100k.statusCode(), long100k.body());
    }

    static String token() {
        // a word no generated or demo text contains: letters the corpus never uses
        return "检索测试" + "甲乙丙丁戊己庚辛壬癸".charAt(SERIAL.incrementAndGet() % 10) + System.nanoTime() % 1_000_000;
    }

    static Connection owner() throws SQLException {
        return new AuditRows(db.asOwner()).connect();
    }

    /** A published entry written straight into the catalogue's table (as an import would); its id. */
    static long insertPublished(Connection c, String word, String what) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO gov_info (department_id, title, body_html, body_text, document_type, written_date,
                    subject_category, official_document, disclosure_attribute, state, index_number, published_date,
                    created_by, created_at, updated_by, updated_at)
                SELECT MIN(id), ?, '<p>x</p>', ?, '通知', CURDATE(), 'GENERAL_AFFAIRS', FALSE, 'PROACTIVE', 'PUBLISHED',
                    ?, CURDATE(), 'it', NOW(6), 'it', NOW(6) FROM department""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "测试条目" + word + what);
            s.setString(2, "正文提到" + word + what + "。");
            s.setString(3, "IT/" + System.nanoTime());
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static JsonObject search(String query) throws Exception { // a query with '&' brings its own parameters
        return json(new AppClient(base).get("api/v1/catalogue?q=" + (query.contains("&") ? query : enc(query))), 200);
    }

    /** Polls the search until the answer satisfies the condition (no sleep; fails after {@link #PATIENCE}). */
    static JsonObject await(String query, Predicate<JsonObject> condition) throws Exception {
        JsonObject page = search(query);
        for (long until = System.nanoTime() + PATIENCE.toNanos(); !condition.test(page) && System.nanoTime() < until; ) {
            Thread.onSpinWait();
            page = search(query);
        }
        assertTrue(condition.test(page), query + ": " + page);
        return page;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static AppClient login(String user) throws Exception {
        AppClient client = new AppClient(base);
        assertEquals(302, client.login(user, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + user);
        return client;
    }

    static JsonObject step(AppClient client, long id, String step, JsonObject item, String fields) throws Exception {
        String body = "{\"version\":" + item.getJsonNumber("version").longValue() + (fields.isBlank() ? "" : "," + fields) + "}";
        return json(client.sendJson("POST", "api/v1/gov-info/" + id + "/" + step, body), 200);
    }

    static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
