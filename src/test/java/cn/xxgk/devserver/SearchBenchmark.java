package cn.xxgk.devserver;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.search.ChineseCorpus;
import cn.xxgk.testsupport.AppClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue #14 item 7: the search engine over N published entries (default 1,000,000;
 * -Dxxgk.bench.entries=20000 for a quick run) on the run command's stack (embedded MariaDB, Payara Micro).
 * Generates the entries as the schema owner (multi-row INSERTs; the change-log triggers fire as for any
 * write), then measures: the index build (the tail catching up from an empty index after a restart, and a
 * rebuild through the office head's API), its size on disk; the search API's p50/p95 at 32 concurrent
 * clients over a fixed mix of 200 queries; each query's hit count against a LIKE count on the same
 * database; the public search page's throughput against a bare stateless JSF page; the server's RSS.
 * Not a test: it prints a table. Targets: p95 ≤ 50 ms, recall 1.0, page ≥ 50 % of bare, RSS ≤ 1 GB.
 */
public final class SearchBenchmark {

    static final int CLIENTS = 32;
    static final int QUERIES = 200;
    static final int ROUNDS = Integer.getInteger("xxgk.bench.search-rounds", 3);
    static final Duration PAGE_RUN = Duration.ofSeconds(15);
    static final Duration WARM_UP = Duration.ofSeconds(10);

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Path serverLib = Path.of(args[1]);
        Path serverConfig = Path.of(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();
        int entries = (Integer.getInteger("xxgk.bench.entries", 1_000_000) + 499) / 500 * 500; // whole INSERTs of 500
        boolean rebuild = Boolean.parseBoolean(System.getProperty("xxgk.bench.rebuild", "true"));
        Path index = work.resolve("search-index");
        // the embedded MariaDB of the run command; or, with -Dxxgk.bench.db-admin-url=jdbc:mariadb://…/?user=root,
        // a database xxgk_it_searchbench on that server (e.g. the test server when the embedded one is slow to start)
        String adminUrl = System.getProperty("xxgk.bench.db-admin-url", "");
        try (AutoCloseable mariaDb = adminUrl.isBlank() ? EmbeddedMariaDb.start(work.resolve("search-mariadb"), 0) : () -> { }) {
            DatabaseProvisioner provisioner = new DatabaseProvisioner(
                    adminUrl.isBlank() ? ((EmbeddedMariaDb) mariaDb).adminUrl() : adminUrl);
            provisioner.drop("xxgk_it_searchbench");
            DatabaseProvisioner.Coordinates db = provisioner.provision("xxgk_it_searchbench", "xxgk_searchbench", "xxgk-bench");
            Map<String, String> settings = PayaraProcess.settings(db, "127.0.0.1", 2525);
            settings.put("xxgk.demo.enabled", "true");
            settings.putAll(DevKeys.load(work.resolve("search-keys.properties")));
            settings.put("xxgk.attachments.dir", work.resolve("search-attachments").toString());
            settings.put("xxgk.search.index.dir", index.toString());
            settings.put("xxgk.notification.enabled", "false");
            // -Dxxgk.bench.search-cache=0: every search found anew (no kept pages of recent searches)
            String cache = System.getProperty("xxgk.bench.search-cache", "");
            if (!cache.isBlank()) {
                settings.put("xxgk.search.cache.entries", cache.strip());
            }
            // -Dxxgk.bench.portal-cache=0: every search screen drawn anew (no kept screens)
            String screens = System.getProperty("xxgk.bench.portal-cache", "");
            if (!screens.isBlank()) {
                settings.put("xxgk.portal.cache.entries", screens.strip());
            }
            Path log = work.resolve("bench-search-payara.log");
            deleteTree(index);
            // one boot (the schema and the demo data), the entries written behind the server's back
            // -Dxxgk.bench.memory-limit=1024: the server runs under a kernel memory limit (MB) from its start
            try (MemoryLimit limit = MemoryLimit.create(Long.getLong("xxgk.bench.memory-limit", 0));
                 PayaraProcess payara = limit.around(() -> PayaraProcess.start(war, serverLib, serverConfig,
                         PayaraProcess.freePort(), settings, log.toFile())).awaitReady(Duration.ofMinutes(10))) {
                String base = payara.baseUrl();
                new AppClient(base); // waits for the demo data
                long t = System.nanoTime();
                generate(db.asOwner(), entries);
                double generateSeconds = seconds(t);
                long published = count(db.asOwner(), "SELECT COUNT(*) FROM gov_info WHERE state = 'PUBLISHED'");
                System.out.printf("generated %,d entries in %.0f s (%,d published in all)%n", entries, generateSeconds,
                        published);
                LoadClient http = new LoadClient(60_000);
                t = System.nanoTime();
                logChanges(db.asOwner());
                while (total(http, base, "") < published) {
                    Thread.sleep(200);
                }
                double tailSeconds = seconds(t);
                System.out.printf("index from the change log (the tailer catching up): %.0f s, %,d MB%n", tailSeconds,
                        size(index) >> 20);
                double rebuildSeconds = rebuild ? rebuild(base) : Double.NaN;
                List<String> mix = mix();
                new SearchBenchmarkReport(entries, published, generateSeconds, tailSeconds, rebuildSeconds, size(index))
                        .run(http, base, mix, db.asOwner(), payara.pid());
                System.out.printf("%-52s %,14d MB%n", "index size on disk at the end (merges settled)", size(index) >> 20);
                System.out.printf("%-52s %s%n", "memory limit of the server", limit.describe());
                System.out.printf("%-52s %,14d%n", "times the kernel reclaimed at the limit", limit.pressure());
            }
        }
    }

    /**
     * The bulk load writes no change-log rows (its triggers are set aside while it runs, as a bulk load by the
     * schema owner may); this logs every generated entry at once, so that the tailer indexes them all from the
     * log, and puts the triggers back as they were.
     */
    static void logChanges(DatabaseProvisioner.Coordinates owner) throws Exception {
        // multi-row VALUES, not INSERT ... SELECT: MariaDB 11.4 refuses the latter into a table with triggers
        try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password())) {
            c.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT id FROM gov_info WHERE state = 'PUBLISHED' AND created_by = 'bench' ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (int from = 0; from < ids.size(); from += 1_000) {
                List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 1_000));
                StringBuilder sql = new StringBuilder("INSERT INTO search_change (gov_info_id, changed_at) VALUES ");
                for (int i = 0; i < slice.size(); i++) {
                    sql.append(i == 0 ? "" : ",").append('(').append(slice.get(i)).append(", NOW(6))");
                }
                c.createStatement().executeUpdate(sql.toString());
            }
            c.commit();
        }
    }

    /** The N entries: multi-row INSERTs of 500, committed every 10,000, the change-log triggers set aside. */
    static void generate(DatabaseProvisioner.Coordinates owner, int n) throws Exception {
        ChineseCorpus corpus = new ChineseCorpus(2026);
        try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password())) {
            List<String> triggers = new ArrayList<>();
            for (String name : List.of("gov_info_search_insert", "gov_info_search_update")) {
                try (ResultSet rs = c.createStatement().executeQuery("SHOW CREATE TRIGGER " + name)) {
                    rs.next();
                    triggers.add(rs.getString("SQL Original Statement"));
                }
                c.createStatement().executeUpdate("DROP TRIGGER " + name);
            }
            try {
                insert(c, owner, corpus, n);
            } finally {
                for (String trigger : triggers) {
                    c.createStatement().executeUpdate(trigger);
                }
            }
        }
    }

    private static void insert(Connection c, DatabaseProvisioner.Coordinates owner, ChineseCorpus corpus, int n)
            throws Exception {
        {
            c.setAutoCommit(false);
            long department = count(owner, "SELECT MIN(id) FROM department");
            int rows = 500;
            String values = String.join(",", Collections.nCopies(rows,
                    "(?,?,'<p></p>',?,?,?,?,?,?,FALSE,'PROACTIVE','PUBLISHED',?,?,'bench',NOW(6),'bench',NOW(6))"));
            String sql = """
                    INSERT INTO gov_info (department_id, title, body_html, body_text, document_type, document_number,
                        written_date, subject_category, key_content_category, official_document, disclosure_attribute,
                        state, index_number, published_date, created_by, created_at, updated_by, updated_at) VALUES """
                    + values;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int done = 0; done < n; ) {
                    int k = 0;
                    int batch = rows;
                    for (int i = 0; i < batch; i++) {
                        ChineseCorpus.Text text = corpus.next(bodyLength(done + i));
                        s.setLong(++k, department);
                        s.setString(++k, text.title());
                        s.setString(++k, text.body());
                        s.setString(++k, text.documentType());
                        s.setString(++k, text.documentNumber());
                        s.setObject(++k, text.published());
                        s.setString(++k, text.subject());
                        s.setString(++k, text.keyContent());
                        s.setString(++k, "BENCH/" + text.published().getYear() + "-" + (done + i));
                        s.setObject(++k, text.published());
                    }
                    s.executeUpdate();
                    done += batch;
                    if (done % 10_000 == 0) {
                        c.commit();
                    }
                    if (done % 100_000 == 0) {
                        System.out.printf("  %,d entries written%n", done);
                    }
                }
                c.commit();
            }
        }
    }

    /** Bodies of a government notice: mostly a few hundred characters, some a few thousand. */
    static int bodyLength(int i) {
        return i % 20 == 0 ? 2_000 : 150 + (i * 37) % 400;
    }

    /** The fixed mix of 200 queries, from the same generator's texts. */
    static List<String> mix() {
        ChineseCorpus corpus = new ChineseCorpus(2026);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ChineseCorpus.Text t = corpus.next(bodyLength(i));
            texts.add(t.title());
            texts.add(t.body());
            if (t.documentNumber() != null) {
                texts.add(t.documentNumber());
            }
        }
        return new ChineseCorpus(7).queries(texts, QUERIES);
    }

    static double rebuild(String base) throws Exception {
        AppClient head = new AppClient(base);
        head.login("officehead", DemoDirectory.DEMO_PASSWORD);
        long t = System.nanoTime();
        HttpResponse<String> started = head.sendJson("POST", "api/v1/search-index/rebuild", "");
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild: " + started.statusCode() + " " + started.body());
        }
        int shown = -1;
        while (true) {
            JsonObject progress = Json.createReader(new StringReader(head.get("api/v1/search-index/rebuild").body()))
                    .readObject();
            int percent = progress.getInt("percent");
            if (percent / 10 != shown) {
                shown = percent / 10;
                System.out.printf("  rebuild %d %% (%,d of %,d)%n", percent, progress.getJsonNumber("done").longValue(),
                        progress.getJsonNumber("total").longValue());
            }
            if (!progress.getBoolean("running")) {
                if (progress.containsKey("failure") && !progress.isNull("failure")) {
                    throw new IllegalStateException("rebuild failed: " + progress.getString("failure"));
                }
                return seconds(t);
            }
            Thread.sleep(500);
        }
    }

    static long total(LoadClient http, String base, String q) throws Exception {
        LoadClient.Answer r = http.get(base + "api/v1/catalogue?size=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(q + ": " + r.statusCode() + " " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject().getJsonNumber("total").longValue();
    }

    static long count(DatabaseProvisioner.Coordinates owner, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static long size(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return 0;
        }
        // the index is one flat directory whose files a merge may delete while they are listed: File.length()
        // of a file gone is 0, and listing with File.listFiles() never stops at one
        File[] files = dir.toFile().listFiles();
        long bytes = 0;
        for (File file : files == null ? new File[0] : files) {
            bytes += file.length();
        }
        return bytes;
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
