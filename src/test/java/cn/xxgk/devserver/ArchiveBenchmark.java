package cn.xxgk.devserver;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.request.control.ResidentIdNumber;
import cn.xxgk.testsupport.AppClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue #15 item 6: archiving a year of N ended requests (default 10,000; -Dxxgk.bench.archive-requests=500
 * while developing) on the run command's stack (embedded MariaDB, Payara Micro, demo data). One
 * request is registered and set aside (Art. 39) through the API, with its receipt letter; the other
 * N - 1 are copies of its rows (request, steps, letter) made in SQL as the schema owner, so that the
 * set-up takes a minute, not hours (the copies have no audit rows of their own). Then the year's run
 * through the API, polled to its end, and the re-verification of every package. Not a test: prints
 * a table of the figures (time, records per second, sizes).
 */
public final class ArchiveBenchmark {

    private ArchiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Path serverLib = Path.of(args[1]);
        Path serverConfig = Path.of(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();
        int n = Integer.getInteger("xxgk.bench.archive-requests", 10_000);
        Path archive = work.resolve("bench-archive");
        delete(archive);
        Files.createDirectories(archive);
        try (EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(work.resolve("bench-mariadb"), 0)) {
            DatabaseProvisioner provisioner = new DatabaseProvisioner(mariaDb.adminUrl());
            provisioner.drop("xxgk_archive");
            DatabaseProvisioner.Coordinates db = provisioner.provision("xxgk_archive", "xxgk", "xxgk-bench");
            Map<String, String> settings = PayaraProcess.settings(db, "127.0.0.1", 2525);
            settings.put("xxgk.demo.enabled", "true");
            settings.putAll(DevKeys.load(work.resolve("archive-keys.properties")));
            settings.put("xxgk.attachments.dir", work.resolve("archive-attachments").toString());
            settings.put("xxgk.archive.dir", archive.toString());
            settings.put("xxgk.notification.enabled", "false");
            try (PayaraProcess payara = PayaraProcess.start(war, serverLib, serverConfig, PayaraProcess.freePort(),
                    settings, work.resolve("bench-archive-payara.log").toFile()).awaitReady(Duration.ofMinutes(4))) {
                run(payara.baseUrl(), db, n, archive);
            }
        }
    }

    private static void run(String baseUrl, DatabaseProvisioner.Coordinates db, int n, Path archive) throws Exception {
        AppClient office = new AppClient(baseUrl);
        office.login("office", DemoDirectory.DEMO_PASSWORD);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonObject receipt = json(office.sendJson("POST", "api/v1/requests", Json.createObjectBuilder().add("channel", "IN_PERSON")
                .add("applicantType", "NATURAL_PERSON").add("applicantName", "基准测试").add("idDocumentType", "RESIDENT_ID_CARD")
                .add("idNumber", "41010519900307777" + ResidentIdNumber.checkCharacter("41010519900307777")).add("phone", "0371-67188888")
                .add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", "反映某企业的问题，要求查处。").add("formWanted", "PAPER").add("deliveryWanted", "POST")
                .build().toString()).body());
        long template = receipt.getJsonNumber("id").longValue();
        json(office.sendJson("POST", "api/v1/requests/" + template + "/not-a-request", "{\"version\": "
                + receipt.getJsonNumber("version") + ", \"note\": \"属于信访事项，已转信访部门。\"}").body());
        long t0 = System.nanoTime();
        copies(db.asOwner(), template, n - 1);
        double setUp = seconds(t0);

        long t1 = System.nanoTime();
        JsonObject run = json(office.sendJson("POST", "api/v1/archive/runs", "{\"year\": " + year + "}").body());
        JsonObject state = run;
        while ("RUNNING".equals(state.getString("state"))) {
            Thread.sleep(500);
            state = json(office.get("api/v1/archive/runs/" + run.getJsonNumber("id")).body());
        }
        double archiving = seconds(t1);
        long t2 = System.nanoTime();
        JsonObject verification = json(office.sendJson("POST", "api/v1/archive/verification", "").body());
        double verifying = seconds(t2);
        long[] size = size(archive);
        int records = state.getInt("total");
        System.out.println();
        System.out.println("Archive benchmark (issue #15): a year of ended requests sealed by one run");
        System.out.printf("| %-44s | %14s |%n", "figure", "value");
        System.out.printf("| %-44s | %14s |%n", "-".repeat(44), "-".repeat(14));
        row("records in the year (requests, entries)", String.valueOf(records));
        row("run state", state.getString("state") + (state.containsKey("message") ? " " + state.getString("message") : ""));
        row("packages sealed by the run", String.valueOf(state.getInt("sealed")));
        row("set-up: copies made in SQL (s)", String.format("%.1f", setUp));
        row("archiving run, wall time (s)", String.format("%.1f", archiving));
        row("records per second", String.format("%.1f", records / archiving));
        row("ms per record (mean)", String.format("%.1f", 1000 * archiving / Math.max(1, records)));
        row("files on disk", String.valueOf(size[1]));
        row("archive size (MB)", String.format("%.1f", size[0] / 1e6));
        row("mean package size (KB)", String.format("%.1f", size[0] / 1e3 / Math.max(1, records)));
        row("re-verification of every package (s)", String.format("%.1f", verifying));
        row("verification result", verification.getBoolean("intact") ? "intact" : verification.toString());
    }

    private static void row(String figure, String value) {
        System.out.printf("| %-44s | %14s |%n", figure, value);
    }

    /** n copies of the template request's rows: the request (new number, no intake token), its steps and letters. */
    private static void copies(DatabaseProvisioner.Coordinates owner, long template, int n) throws Exception {
        try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password())) {
            c.setAutoCommit(false);
            List<String> request = columns(c, "disclosure_request");
            String insertRequest = "INSERT INTO disclosure_request (" + String.join(", ", request) + ") SELECT "
                    + request.stream().map(col -> switch (col) {
                        case "request_number" -> "?";
                        case "intake_token", "query_code_hash" -> "NULL";
                        default -> col;
                    }).collect(Collectors.joining(", ")) + " FROM disclosure_request WHERE id = " + template;
            Rows steps = rows(c, "request_step", template);
            Rows letters = rows(c, "request_letter", template);
            try (PreparedStatement r = c.prepareStatement(insertRequest, Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement s = c.prepareStatement(steps.insert());
                 PreparedStatement l = c.prepareStatement(letters.insert())) {
                for (int i = 1; i <= n; i++) {
                    r.setString(1, "B" + i);
                    r.executeUpdate();
                    long id;
                    try (ResultSet key = r.getGeneratedKeys()) {
                        key.next();
                        id = key.getLong(1);
                    }
                    steps.add(s, id, i);
                    letters.add(l, id, i);
                    if (i % 500 == 0 || i == n) {
                        s.executeBatch();
                        l.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** The template's rows of a child table, to be inserted again for each copy. */
    private record Rows(String table, List<String> columns, List<Object[]> values) {

        String insert() {
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")";
        }

        void add(PreparedStatement insert, long requestId, int copy) throws Exception {
            for (Object[] row : values) {
                for (int k = 0; k < columns.size(); k++) {
                    Object value = switch (columns.get(k)) {
                        case "request_id" -> requestId;
                        case "letter_number" -> "B" + copy + "-" + row[k];
                        default -> row[k];
                    };
                    insert.setObject(k + 1, value);
                }
                insert.addBatch();
            }
        }
    }

    private static Rows rows(Connection c, String table, long template) throws Exception {
        List<String> columns = columns(c, table);
        List<Object[]> values = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table
                + " WHERE request_id = ? ORDER BY id")) {
            q.setLong(1, template);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    Object[] v = new Object[columns.size()];
                    for (int k = 0; k < v.length; k++) {
                        v[k] = row.getObject(k + 1);
                    }
                    values.add(v);
                }
            }
        }
        return new Rows(table, columns, values);
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = ? AND column_name <> 'id' ORDER BY ordinal_position")) {
            q.setString(1, table);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    columns.add(row.getString(1));
                }
            }
        }
        return columns;
    }

    private static long[] size(Path root) throws IOException {
        long[] size = {0, 0};
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                size[0] += f.toFile().length();
                size[1]++;
            });
        }
        return size;
    }

    private static void delete(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
