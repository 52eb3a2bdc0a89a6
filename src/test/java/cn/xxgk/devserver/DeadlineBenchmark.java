package cn.xxgk.devserver;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The deadline engine at scale, on the real stack (Payara, MariaDB, SMTP): 100,000 open
 * deadlines, then (1) a calendar change that recomputes all of them, (2) reminder passes.
 * Not a test: it prints figures (medians). Run with ./mvnw -Pbench.
 *
 * <p>The deadlines are spread like a busy agency's: reply and publication clocks started over the
 * last 30 days, so their due dates run from a few days ago to a month ahead (a few percent
 * overdue, a quarter within the reminder horizon). Times are measured by the client around the REST call, so they include HTTP,
 * the transaction and the commit.
 */
public final class DeadlineBenchmark {

    static final int DEADLINES = 100_000;

    private DeadlineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Path serverLib = Path.of(args[1]);
        Path serverConfig = Path.of(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();
        int runs = 3;

        GreenMail smtp = new GreenMail(new ServerSetup(PayaraProcess.freePort(), "127.0.0.1", "smtp"));
        smtp.start();
        try (EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(work.resolve("bench-mariadb"), 0)) {
            DatabaseProvisioner provisioner = new DatabaseProvisioner(mariaDb.adminUrl());
            provisioner.drop("xxgk_deadlines");
            DatabaseProvisioner.Coordinates db = provisioner.provision("xxgk_deadlines", "xxgk", "xxgk-bench");
            Map<String, String> settings = PayaraProcess.settings(db, "127.0.0.1", smtp.getSmtp().getPort());
            settings.put("xxgk.demo.enabled", "true");
            // the scheduled poller is off: the benchmark runs the passes itself
            settings.put("xxgk.notification.enabled", "false");
            try (PayaraProcess payara = PayaraProcess.start(war, serverLib, serverConfig, PayaraProcess.freePort(),
                    settings, work.resolve("bench-deadlines-payara.log").toFile()).awaitReady(Duration.ofMinutes(4))) {
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
                long insertStart = System.nanoTime();
                insert(db, today);
                System.out.printf("inserted %,d open deadlines in %.1f s%n", DEADLINES, (System.nanoTime() - insertStart) / 1e9);

                AppClient office = new AppClient(payara.baseUrl());
                office.login("officehead", DemoDirectory.DEMO_PASSWORD);
                // the inserted rows carry no due date: the first recompute writes all of them (worst case)
                double settle = timed(() -> office.sendJson("PUT", "api/v1/calendar/days/2020-01-06",
                        "{\"type\":\"DEFAULT\",\"reason\":\"bench\"}"));
                System.out.printf("recompute writing every one of the %,d due dates: %.2f s%n", DEADLINES, settle);

                List<Double> recompute = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    // a working Monday ahead of today becomes a day off: every clock running over it moves
                    LocalDate day = nextMonday(today.plusWeeks(1 + i));
                    double seconds = timed(() -> office.sendJson("PUT", "api/v1/calendar/days/" + day,
                            "{\"type\":\"OFF\",\"name\":\"基准测试\",\"reason\":\"benchmark\"}"));
                    recompute.add(seconds);
                    System.out.printf("recompute after making %s a day off: %.2f s%n", day, seconds);
                }
                List<Double> passes = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    HttpResponse<String>[] result = new HttpResponse[1];
                    double seconds = timed(() -> result[0] = office.sendJson("POST", "api/v1/notifications/pass", ""));
                    passes.add(seconds);
                    System.out.printf("reminder pass %d: %.2f s  %s%n", i + 1, seconds, result[0].body());
                }
                long reminders;
                long outbox;
                try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                    var rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM reminder), (SELECT COUNT(*) FROM mail_outbox)");
                    rs.next();
                    reminders = rs.getLong(1);
                    outbox = rs.getLong(2);
                }
                System.out.printf("%n== Deadline benchmark (%,d open deadlines; %d cores) ==%n", DEADLINES,
                        Runtime.getRuntime().availableProcessors());
                System.out.printf("recompute all after a calendar change: median %.2f s of %s%n", median(recompute), recompute);
                System.out.printf("reminder passes (each plans at most a batch of 500 deadlines and sends a batch of mails):"
                        + " median %.2f s of %s; after them %,d reminders and %,d queued mails%n",
                        median(passes), passes, reminders, outbox);
            }
        } finally {
            smtp.stop();
        }
    }

    private static void insert(DatabaseProvisioner.Coordinates db, LocalDate today) throws Exception {
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection(db.url() + "&rewriteBatchedStatements=true", db.user(), db.password())) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO deadline (subject_type, subject_id, kind, start_date, working_days, responsible, created_at)
                    VALUES (?, ?, ?, ?, 20, ?, NOW(6))""")) {
                for (int i = 0; i < DEADLINES; i++) {
                    boolean reply = i % 3 != 0;
                    insert.setString(1, reply ? "DisclosureRequest" : "GovInfo");
                    insert.setString(2, "bench-" + i);
                    insert.setString(3, reply ? "REPLY" : "PUBLICATION");
                    insert.setDate(4, Date.valueOf(today.minusDays(random.nextInt(31))));
                    insert.setString(5, i % 2 == 0 ? "office" : "deptstaff");
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private static LocalDate nextMonday(LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day;
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

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
