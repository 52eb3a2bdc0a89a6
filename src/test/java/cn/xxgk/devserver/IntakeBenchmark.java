package cn.xxgk.devserver;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.request.control.IdentityDocuments;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.testsupport.ApiSession;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issue #13's busy morning, on the run command's stack (embedded MariaDB, Payara Micro with the
 * server-config pool of 32 connections, demo data): 100 registrations through POST
 * /api/v1/requests at the same moment, each with its own idempotency token, and 10 of them submitted
 * twice at once (a double click), while the office head runs reminder passes. Not a test: it prints
 * saved, distinct numbers, answered as duplicates, refused, failed, lost (a token with no request in
 * the database), p50/p95/max latency and the reminder passes' results. Run with ./mvnw -Pbench.
 */
public final class IntakeBenchmark {

    static final int REGISTRATIONS = 100;
    static final int DOUBLE_SUBMITS = 10;

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Path serverLib = Path.of(args[1]);
        Path serverConfig = Path.of(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();

        GreenMail smtp = new GreenMail(new ServerSetup(PayaraProcess.freePort(), "127.0.0.1", "smtp"));
        smtp.start();
        try (EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(work.resolve("bench-mariadb"), 0)) {
            DatabaseProvisioner provisioner = new DatabaseProvisioner(mariaDb.adminUrl());
            provisioner.drop("xxgk_intake");
            DatabaseProvisioner.Coordinates db = provisioner.provision("xxgk_intake", "xxgk", "xxgk-bench");
            Map<String, String> settings = PayaraProcess.settings(db, "127.0.0.1", smtp.getSmtp().getPort());
            settings.put("xxgk.demo.enabled", "true");
            settings.putAll(DevKeys.load(work.resolve("intake-keys.properties")));
            settings.put("xxgk.attachments.dir", work.resolve("intake-attachments").toString());
            // the scheduled poller is off: the benchmark runs the passes itself, during the burst
            settings.put("xxgk.notification.enabled", "false");
            try (PayaraProcess payara = PayaraProcess.start(war, serverLib, serverConfig, PayaraProcess.freePort(),
                    settings, work.resolve("bench-intake-payara.log").toFile()).awaitReady(Duration.ofMinutes(4))) {
                run(payara.baseUrl(), db);
            }
        } finally {
            smtp.stop();
        }
    }

    private static void run(String baseUrl, DatabaseProvisioner.Coordinates db) throws Exception {
        ApiSession office = ApiSession.of(baseUrl, "office", DemoDirectory.DEMO_PASSWORD);
        ApiSession head = ApiSession.of(baseUrl, "officehead", DemoDirectory.DEMO_PASSWORD);
        long run = System.nanoTime();
        List<String> tokens = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            tokens.add("bench-" + run + "-" + i);
            bodies.add(body(i, tokens.get(i)));
        }
        List<String> calls = new ArrayList<>(bodies);
        calls.addAll(bodies.subList(0, DOUBLE_SUBMITS));

        ExecutorService threads = Executors.newFixedThreadPool(calls.size() + 1);
        try {
            burst(office, head, calls, tokens, threads, db);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void burst(ApiSession office, ApiSession head, List<String> calls, List<String> tokens,
                              ExecutorService threads, DatabaseProvisioner.Coordinates db) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean burst = new AtomicBoolean(true);
        Future<List<String>> passes = threads.submit(() -> {
            start.await();
            List<String> results = new ArrayList<>();
            while (burst.get() || results.isEmpty()) {
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = head.post("api/v1/notifications/pass", "");
                    results.add(r.statusCode() + " in " + millis(t) + " ms");
                } catch (java.io.IOException noAnswer) {
                    results.add("no answer (" + noAnswer + ") after " + millis(t) + " ms");
                }
                Thread.sleep(500);
            }
            return results;
        });
        List<Future<Call>> futures = new ArrayList<>();
        for (String body : calls) {
            futures.add(threads.submit(() -> {
                start.await();
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = office.post("api/v1/requests", body);
                    return new Call(r.statusCode(), r.body(), millis(t));
                } catch (java.io.IOException noAnswer) {
                    return new Call(0, noAnswer.toString(), millis(t));
                }
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        List<Call> results = new ArrayList<>();
        for (Future<Call> f : futures) {
            results.add(f.get());
        }
        long wall = millis(started);
        burst.set(false);
        List<String> passResults = passes.get();
        report(results, wall, passResults, tokens, db);
    }

    private static void report(List<Call> results, long wall, List<String> passes, List<String> tokens,
                               DatabaseProvisioner.Coordinates db) throws Exception {
        int saved = 0;
        int duplicates = 0;
        Map<Integer, Integer> other = new TreeMap<>();
        Set<String> numbers = new HashSet<>();
        List<Long> latencies = new ArrayList<>();
        for (Call c : results) {
            latencies.add(c.millis());
            if (c.status() == 201 || c.status() == 200) {
                JsonObject receipt = Json.createReader(new StringReader(c.body())).readObject();
                numbers.add(receipt.getString("number"));
                if (receipt.getBoolean("duplicate")) {
                    duplicates++;
                } else {
                    saved++;
                }
            } else {
                other.merge(c.status(), 1, Integer::sum);
                System.out.println("  " + c.status() + ": " + c.body().substring(0, Math.min(300, c.body().length())));
            }
        }
        Collections.sort(latencies);
        int stored = 0;
        Set<String> storedNumbers = new HashSet<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement q = c.prepareStatement("SELECT request_number FROM disclosure_request WHERE intake_token = ?")) {
            for (String token : tokens) {
                q.setString(1, token);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        stored++;
                        storedNumbers.add(rs.getString(1));
                    }
                }
            }
        }
        boolean passesOk = passes.stream().allMatch(p -> p.startsWith("200 "));
        System.out.printf("%n== Intake benchmark: %d registrations at once through POST /api/v1/requests, %d of them"
                + " submitted twice at once (%d calls; %d cores; pool of 32 connections) ==%n",
                REGISTRATIONS, DOUBLE_SUBMITS, results.size(), Runtime.getRuntime().availableProcessors());
        System.out.printf("saved: %d (HTTP 201)  answered as duplicates: %d (HTTP 200, the first receipt)"
                + "  refused or failed: %s%n", saved, duplicates, other.isEmpty() ? "0" : other);
        System.out.printf("distinct numbers answered: %d  requests stored for the %d tokens: %d (distinct numbers %d)"
                + "  lost: %d%n", numbers.size(), tokens.size(), stored, storedNumbers.size(), tokens.size() - stored);
        System.out.printf("latency: p50 %d ms  p95 %d ms  max %d ms  (all answered in %.1f s)%n",
                percentile(latencies, 50), percentile(latencies, 95), latencies.getLast(), wall / 1000.0);
        System.out.printf("reminder passes meanwhile: %d, %s: %s%n", passes.size(),
                passesOk ? "all without failure" : "SOME FAILED", passes);
        System.out.println("(" + LocalDate.now() + ")");
    }

    private static String body(int i, String token) {
        return Json.createObjectBuilder().add("channel", "IN_PERSON").add("applicantType", "NATURAL_PERSON")
                .add("applicantName", "基准" + i).add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber(i))
                .add("phone", "0371-67188888").add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", "基准测试所需政府信息 " + token).add("formWanted", "PAPER").add("deliveryWanted", "POST")
                .add("intakeToken", token).build().toString();
    }

    /** A valid resident ID number per index: the check character the application accepts. */
    static String idNumber(int i) {
        String first17 = "410105" + LocalDate.of(1960, 1, 1).plusDays(i * 97L).toString().replace("-", "")
                + String.format("%03d", i % 1000);
        return "0123456789X".chars().mapToObj(c -> first17 + (char) c)
                .filter(n -> IdentityDocuments.flaw(IdentityDocumentType.RESIDENT_ID_CARD, n, LocalDate.now()).isEmpty())
                .findFirst().orElseThrow();
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    record Call(int status, String body, long millis) {
    }

}
