package cn.xxgk.devserver;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The annual report over many requests (issue #15: 1,000,000 requests in at most 3 s), on the real
 * stack: the requests are written as the schema owner with multi-row INSERTs, received over two
 * years (the report's year and the one before; 2 % still open, 2 % abandoned or set aside as
 * petitions with their step), then the office reads the year's report (its request table counted
 * by the database, the balance checked) through the API, several times. Not a test: it prints
 * figures. Run with ./mvnw -Pbench (-Dxxgk.bench.requests=50000 while developing).
 */
public final class AnnualReportBenchmark {

    static final String[] OUTCOMES = {"DISCLOSED", "PARTIALLY_DISCLOSED|THIRD_PARTY_RIGHTS", "NOT_DISCLOSED|STATE_SECRET",
        "NOT_DISCLOSED|PROCESS_INFORMATION", "UNABLE_TO_PROVIDE|NOT_HELD", "UNABLE_TO_PROVIDE|NEEDS_CREATION",
        "NOT_PROCESSED|REPEATED_REQUEST", "OTHER|OTHER"};
    static final String[] KINDS = {null, "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "SOCIAL_WELFARE_ORGANISATION",
        "LEGAL_SERVICE_INSTITUTION", "OTHER"};

    private AnnualReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Path serverLib = Path.of(args[1]);
        Path serverConfig = Path.of(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();
        java.nio.file.Files.createDirectories(work); // run alone (exec:exec@annual-report-benchmark), nothing made it yet
        int requests = Integer.getInteger("xxgk.bench.requests", 1_000_000);
        int runs = 7;
        int year = LocalDate.now().getYear() - 1;
        // the machine's MariaDB when XXGK_TEST_DB_ADMIN_URL names one (as the tests use it), else an embedded one
        String adminUrl = System.getenv("XXGK_TEST_DB_ADMIN_URL");
        try (EmbeddedMariaDb mariaDb = adminUrl == null || adminUrl.isBlank()
                ? EmbeddedMariaDb.start(work.resolve("bench-mariadb"), 0) : null) {
            DatabaseProvisioner provisioner = new DatabaseProvisioner(mariaDb == null ? adminUrl : mariaDb.adminUrl());
            provisioner.drop("xxgk_bench_annual");
            DatabaseProvisioner.Coordinates db = provisioner.provision("xxgk_bench_annual", "xxgk_bench", "xxgk-bench");
            Map<String, String> settings = PayaraProcess.settings(db, "127.0.0.1", PayaraProcess.freePort());
            settings.put("xxgk.demo.enabled", "true");
            settings.put("xxgk.notification.enabled", "false");
            try (PayaraProcess payara = PayaraProcess.start(war, serverLib, serverConfig, PayaraProcess.freePort(),
                    settings, work.resolve("bench-annual-payara.log").toFile()).awaitReady(Duration.ofMinutes(4))) {
                long insertStart = System.nanoTime();
                insert(db.asOwner(), requests, year);
                System.out.printf("inserted %,d requests in %.1f s%n", requests, (System.nanoTime() - insertStart) / 1e9);

                AppClient office = new AppClient(payara.baseUrl());
                office.login("office", DemoDirectory.DEMO_PASSWORD);
                List<Double> report = new ArrayList<>();
                List<Double> live = new ArrayList<>();
                String[] body = new String[1];
                for (int i = 0; i < runs; i++) {
                    report.add(timed(() -> body[0] = ok(office.get("api/v1/statistics/annual-report/" + year))));
                    live.add(timed(() -> ok(office.get("api/v1/statistics/live/" + year))));
                }
                System.out.printf("%n== Annual report benchmark (%,d requests over %d and %d; %d cores; %d runs) ==%n",
                        requests, year - 1, year, Runtime.getRuntime().availableProcessors(), runs);
                System.out.printf("%-52s %10s %10s %10s%n", "", "first s", "median s", "p95 s");
                row("annual report " + year + " (request table + balance), JSON", report);
                row("live statistics " + year + " (all tables), JSON", live);
                System.out.printf("target: annual report over 1,000,000 requests <= 3 s; median/target = %.2f%n",
                        median(report.subList(1, runs)) / 3.0);
                System.out.println("balanced: " + body[0].contains("\"balanced\":true"));
            } finally {
                provisioner.drop("xxgk_bench_annual");
            }
        }
    }

    static void row(String what, List<Double> values) {
        List<Double> warm = values.subList(1, values.size());
        System.out.printf("%-52s %10.3f %10.3f %10.3f%n", what, values.getFirst(), median(warm), Collections.max(warm));
    }

    static String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** The requests, 5,000 a statement; received over the two years, 2 % still open, 2 % ended by a step. */
    static void insert(DatabaseProvisioner.Coordinates owner, int requests, int year) throws Exception {
        Random random = new Random(15);
        LocalDate start = LocalDate.of(year - 1, 1, 1);
        try (Connection c = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
             Statement s = c.createStatement()) {
            String zeros = "X'" + "00".repeat(32) + "'";
            int batch = 5_000;
            for (int from = 0; from < requests; from += batch) {
                StringBuilder sql = new StringBuilder(batch * 400).append("""
                        INSERT INTO disclosure_request (request_number, channel, received_on, applicant_type,
                            organisation_kind, applicant_name, id_document_type, id_number_cipher, id_number_hash,
                            id_number_masked, description, matter_hash, form_wanted, delivery_wanted, state, handler,
                            outcome, outcome_reason, replied_on, receipt_confirmed_on, created_by, created_at, updated_by,
                            updated_at) VALUES""");
                List<String> steps = new ArrayList<>();
                for (int i = from; i < Math.min(requests, from + batch); i++) {
                    LocalDate received = start.plusDays(random.nextInt(730));
                    String kind = KINDS[random.nextInt(KINDS.length)];
                    int roll = random.nextInt(100);
                    String state;
                    String outcome = null;
                    String reason = null;
                    String replied = "NULL";
                    if (roll < 2) {
                        state = "ACCEPTED";
                    } else if (roll < 4) {
                        state = roll == 2 ? "ABANDONED" : "NOT_A_REQUEST";
                        outcome = roll == 2 ? "OTHER" : "NOT_PROCESSED";
                        reason = roll == 2 ? "CORRECTION_OVERDUE" : "PETITION_COMPLAINT";
                        steps.add("B" + i + "|" + state + "|" + received.plusDays(30));
                    } else {
                        state = "CLOSED";
                        String[] o = OUTCOMES[random.nextInt(OUTCOMES.length)].split("\\|");
                        outcome = o[0];
                        reason = o.length > 1 ? o[1] : null;
                        replied = "'" + received.plusDays(5 + random.nextInt(30)) + "'";
                    }
                    sql.append(i == from ? "\n(" : ",\n(").append("'B").append(i).append("','ONLINE','").append(received)
                            .append("','").append(kind == null ? "NATURAL_PERSON" : "LEGAL_PERSON").append("',")
                            .append(kind == null ? "NULL" : "'" + kind + "'")
                            .append(",'基准','RESIDENT_ID_CARD',X'00',").append(zeros).append(",'4101**********0000','基准',")
                            .append(zeros).append(",'PAPER','POST','").append(state).append("','office',")
                            .append(outcome == null ? "NULL" : "'" + outcome + "'").append(',')
                            .append(reason == null ? "NULL" : "'" + reason + "'").append(',').append(replied)
                            // filed online, received on the office's confirmation (Art. 31(3)) 0 to 3 days later
                            .append(",'").append(received.plusDays(i % 4)).append('\'')
                            .append(",'bench',NOW(6),'bench',NOW(6))");
                }
                s.executeUpdate(sql.toString());
                if (!steps.isEmpty()) {
                    StringBuilder stepSql = new StringBuilder("""
                            INSERT INTO request_step (request_id, step, from_state, to_state, actor, occurred_at, stated_on)
                            SELECT r.id, t.state, 'ACCEPTED', t.state, 'bench', t.day, t.day FROM disclosure_request r JOIN (""");
                    for (int k = 0; k < steps.size(); k++) {
                        String[] p = steps.get(k).split("\\|");
                        stepSql.append(k == 0 ? "SELECT " : " UNION ALL SELECT ").append("'").append(p[0]).append("' AS number, '")
                                .append(p[1]).append("' AS state, DATE '").append(p[2]).append("' AS day");
                    }
                    s.executeUpdate(stepSql.append(") t ON t.number = r.request_number").toString());
                }
            }
            s.execute("ANALYZE TABLE disclosure_request");
        }
    }

    private static double timed(ThrowingRunnable action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
