package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.xxgk.audit.control.AuditRecorder;
import cn.xxgk.audit.probe.AuditProbeCommand;
import cn.xxgk.audit.probe.AuditProbeResource;
import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.ApiSession;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * Issue #13: intakes and commands at the same moment. 50 parallel registrations gave 50 × HTTP 500
 * (the pool of 32 connections deadlocked: each intake held its connection and the year's serial row
 * while its audit record waited for a second connection). Here more parallel calls than the pool has
 * connections must all succeed, and the audit record of a success must belong to its command's
 * transaction. The deployment is the built WAR plus two test-only probe classes (cn.xxgk.audit.probe).
 * And an intake, which reads the working-day calendar while it holds the year's serial row, must not
 * wait for a calendar rebuild that waits for the database (issue #13's 98-second stall).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentIntakeIT extends RequestApiClients {

    /** More than the pool's 32 connections (server-config/post-boot-commands.asadmin). */
    static final int PARALLEL = 48;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()))
                .addClasses(AuditProbeCommand.class, AuditProbeResource.class);
    }

    @ArquillianResource
    URL base;

    AuditRows db;
    long auditBefore;

    @Override
    URL base() {
        return base;
    }

    @BeforeEach
    void setUp() throws Exception {
        db = new AuditRows(ArquillianSetup.database());
        auditBefore = db.lastId();
    }

    @Test
    void moreParallelRegistrationsThanConnectionsAreAllSavedWithDistinctNumbers() throws Exception {
        String marker = RequestItSupport.unique("并发登记");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            bodies.add(RequestItSupport.form(RequestItSupport.idNumber(), marker + "-" + i).build().toString());
        }
        ApiSession office = ApiSession.of(base.toString(), "office", DemoDirectory.DEMO_PASSWORD);
        // one registration first, as on a server that has been up a while: the first letter of a
        // server loads the fonts (seconds on a loaded machine), while it holds the serial row
        assertEquals(201, office.post("api/v1/requests", RequestItSupport.form(RequestItSupport.idNumber(),
                marker + "-warm").build().toString()).statusCode());

        List<HttpResponse<String>> responses = all(bodies.stream()
                .<Callable<HttpResponse<String>>>map(body -> () -> office.post("api/v1/requests", body))
                .toList());

        List<String> numbers = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            assertEquals(201, response.statusCode(), response.body());
            numbers.add(json(response).getString("number"));
        }
        assertEquals(PARALLEL, new HashSet<>(numbers).size(), "distinct numbers: " + numbers);
        assertEquals(PARALLEL + 1, db.scalar("SELECT COUNT(*) FROM disclosure_request WHERE description LIKE '" + marker
                + "-%'"), "all saved");
        assertEquals(PARALLEL + 1, db.count(auditBefore, "office", "REQUEST_REGISTER", "SUCCESS"),
                "each success audited once");
        assertEquals(PARALLEL + 1, db.scalar("SELECT COUNT(*) FROM request_letter l JOIN disclosure_request r"
                + " ON r.id = l.request_id WHERE r.description LIKE '" + marker + "-%'"), "each with its receipt letter");
    }

    @Test
    void aSuccessRecordedInACommandThatIsRolledBackIsGoneAndItsFailureRecorded() throws Exception {
        String key = "rollback-" + System.nanoTime();

        assertEquals(204, client("office").sendJson("POST", "api/v1/test-probe/audit/success-then-rollback/" + key, "")
                .statusCode());

        assertEquals(0, rows(key, "SUCCESS"), "the success record was in the transaction that rolled back");
        assertEquals(1, rows(key, "FAILED"), "the failure is recorded once the transaction has ended");
        assertEquals(AuditRecorder.ROLLED_BACK, db.text("SELECT detail FROM audit_record WHERE object_id = '" + key
                + "' AND result = 'FAILED'"));
    }

    @Test
    void parallelCommandsFailingWhileTheyHoldALockAreAllRecordedWithoutExhaustingThePool() throws Exception {
        String key = "locked-" + System.nanoTime();
        ApiSession office = ApiSession.of(base.toString(), "office", DemoDirectory.DEMO_PASSWORD);
        // the row exists, as a year's serial row does once the year has begun (SerialRows)
        db.execute("INSERT IGNORE INTO index_serial (organisation_code, year, last_serial) VALUES ('PROBE', 1, 0)");

        long started = System.nanoTime();
        List<HttpResponse<String>> responses = all(java.util.stream.IntStream.range(0, PARALLEL)
                .<Callable<HttpResponse<String>>>mapToObj(i -> () -> office.post("api/v1/test-probe/audit/locked-failure/"
                        + key, ""))
                .toList());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        for (HttpResponse<String> response : responses) {
            assertEquals(400, response.statusCode(), response.body());
        }
        assertEquals(PARALLEL, rows(key, "FAILED"), "every failure recorded");
        assertEquals(0, db.scalar("SELECT COALESCE(MAX(last_serial), 0) FROM index_serial WHERE organisation_code = 'PROBE'"),
                "every failure rolled back");
        assertTrue(took.toSeconds() < 60, "all answered in " + took.toSeconds() + " s");
    }

    /**
     * Issue #13's stall: the calendar's 30-second check took the calendar bean's write lock and then
     * waited for a pool connection, while the intake holding the year's serial row waited for that lock
     * to open its deadlines and the other intakes held the pool waiting for the serial row. Here the
     * rebuild after a change of a day waits on a table lock instead of the pool: an intake must still
     * be saved at once, and the change goes through once the table is free.
     */
    @Test
    void anIntakeDoesNotWaitForACalendarRebuildThatWaitsForTheDatabase() throws Exception {
        String marker = RequestItSupport.unique("日历重建");
        ApiSession office = ApiSession.of(base.toString(), "office", DemoDirectory.DEMO_PASSWORD);
        // warm: the first letter of a server loads the fonts
        assertEquals(201, office.post("api/v1/requests", RequestItSupport.form(RequestItSupport.idNumber(),
                marker + "-warm").build().toString()).statusCode());
        String day = "api/v1/calendar/days/1950-06-05"; // before every open deadline: none moves
        client("officehead");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<HttpResponse<String>> change;
        // as the schema owner: the application's account may not lock tables (DatabaseGrants)
        try (Connection lock = new AuditRows(ArquillianSetup.database().asOwner()).connect();
             Statement sql = lock.createStatement()) {
            sql.execute("LOCK TABLES calendar_year WRITE");
            change = threads.submit(() -> client("officehead").sendJson("PUT", day,
                    "{\"type\":\"OFF\",\"name\":\"测试\",\"reason\":\"" + marker + "\"}"));
            awaitRebuildWaitingForTheTable();

            Future<HttpResponse<String>> intake = threads.submit(() -> office.post("api/v1/requests",
                    RequestItSupport.form(RequestItSupport.idNumber(), marker + "-1").build().toString()));
            try {
                HttpResponse<String> saved = intake.get(30, TimeUnit.SECONDS);
                assertEquals(201, saved.statusCode(), saved.body());
            } catch (TimeoutException stalled) {
                fail("the intake waited for the calendar rebuild (30 s)");
            }
        } finally {
            threads.shutdown();
        }
        HttpResponse<String> changed = change.get(60, TimeUnit.SECONDS);
        assertEquals(200, changed.statusCode(), "the change, once the table was free: " + changed.body());
        HttpResponse<String> undone = client("officehead").sendJson("PUT", day,
                "{\"type\":\"DEFAULT\",\"reason\":\"" + marker + " 复原\"}");
        assertEquals(200, undone.statusCode(), undone.body());
        assertEquals(2, db.scalar("SELECT COUNT(*) FROM disclosure_request WHERE description LIKE '" + marker + "-%'"));
    }

    /**
     * Until the calendar's rebuild (in the change of a day) waits for the locked calendar_year table;
     * the 30-second check, which may wait there too, counts its rows (COUNT) before it rebuilds. The
     * application's account sees the application's connections in the process list.
     */
    private void awaitRebuildWaitingForTheTable() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (db.scalar("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE '%metadata lock%'"
                + " AND INFO LIKE '%calendar_year%' AND INFO NOT LIKE '%COUNT(%'") == 0) {
            assertTrue(System.nanoTime() < until, "the rebuild never reached calendar_year");
            Thread.sleep(100);
        }
    }

    private long rows(String objectId, String result) throws Exception {
        return db.scalar("SELECT COUNT(*) FROM audit_record WHERE object_id = '" + objectId + "' AND result = '" + result + "'");
    }

    /** Runs the calls at the same moment, one thread each, and waits for all answers. */
    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
