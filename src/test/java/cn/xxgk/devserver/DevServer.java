package cn.xxgk.devserver;

import cn.xxgk.devserver.PayaraProcess.Readiness;
import cn.xxgk.identity.boundary.DemoDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The README's run command (./mvnw -Prun): an embedded MariaDB whose data survives restarts,
 * then Payara Micro with the application and its demo data.
 *
 * <p>Arguments: the WAR, the folder holding the JDBC driver, server-config, and the working
 * folder (database files and Payara's runtime). Environment: XXGK_HTTP_PORT (default 8080),
 * XXGK_DB_PORT (default 3407).
 *
 * <p>Lifecycle, so that a run never leaves a server behind and never fails obscurely:
 * <ul>
 * <li>one run per working folder ({@link RunLock}): a second run says where the first one is;</li>
 * <li>the ports are checked before anything starts ({@link PortCheck});</li>
 * <li>the URL is printed only once GET /health/ready is UP; otherwise the reason (the health
 *     answer, Payara's SEVERE messages), everything is stopped and the exit status is 1;</li>
 * <li>Payara, then MariaDB, are stopped within 15 seconds on Ctrl-C, on SIGTERM, and when Maven
 *     (the parent process) ends: a signal sent to Maven alone never reaches this process, so it
 *     watches Maven ({@link ParentWatch}).</li>
 * </ul>
 */
public final class DevServer {

    static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    static final Duration DEMO_DATA_TIMEOUT = Duration.ofMinutes(2);
    /** The whole stop, Payara then MariaDB, stays within this: what a service manager waits. */
    static final Duration STOP_BUDGET = Duration.ofSeconds(14);
    /** Exit status of a run that did not start (already running, port taken). */
    static final int REFUSED = 2;
    /** Exit status of a run whose start failed. */
    static final int FAILED = 1;

    private final Path war;
    private final Path serverLib;
    private final Path serverConfig;
    private final Path work;
    private final int httpPort;
    private final int dbPort;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    // a field, not a local: an unreachable lock's channel is closed by a cleaner, releasing the lock
    private RunLock lock;
    // set under this object's lock, so that a stop either sees a started process or prevents its start
    private EmbeddedMariaDb mariaDb;
    private PayaraProcess payara;

    private DevServer(Path war, Path serverLib, Path serverConfig, Path work, int httpPort, int dbPort) {
        this.war = war;
        this.serverLib = serverLib;
        this.serverConfig = serverConfig;
        this.work = work;
        this.httpPort = httpPort;
        this.dbPort = dbPort;
    }

    public static void main(String[] args) throws Exception {
        DevServer server = new DevServer(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
                Path.of(args[3]).toAbsolutePath(),
                Integer.parseInt(env("XXGK_HTTP_PORT", "8080")), Integer.parseInt(env("XXGK_DB_PORT", "3407")));
        int status = server.run();
        if (status != 0) {
            // runs the shutdown hook, which stops whatever was started
            System.exit(status);
        }
    }

    /** Starts everything and waits until stopped; returns the exit status if the start fails. */
    private int run() throws Exception {
        String url = "http://localhost:" + httpPort + "/";
        Path lockFile = work.resolve("run.lock");
        lock = RunLock.tryAcquire(lockFile, url);
        if (lock == null) {
            RunLock.Holder holder = RunLock.holder(lockFile, Duration.ofSeconds(2));
            String pid = holder.pid() < 0 ? "?" : Long.toString(holder.pid());
            say("xxgk is already running (pid " + pid + ") at " + Objects.requireNonNullElse(holder.url(), url)
                    + " — stop it first (Ctrl-C in its terminal or kill " + pid + ")");
            return REFUSED;
        }
        stopLeftovers(lock.leftovers());
        List<String> taken = Stream.of(PortCheck.problem(httpPort, "HTTP", "XXGK_HTTP_PORT"),
                PortCheck.problem(dbPort, "database", "XXGK_DB_PORT")).filter(Objects::nonNull).toList();
        if (!taken.isEmpty()) {
            taken.forEach(DevServer::say);
            return REFUSED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "xxgk-stop"));
        ParentWatch.watchParent(() -> {
            if (!stopping) {
                say("the process that started the run command has ended: stopping");
                System.exit(0);
            }
        });

        long started = System.nanoTime();
        try {
            say("starting the embedded MariaDB (data in " + work.resolve("mariadb") + ") ...");
            synchronized (this) {
                if (stopping) {
                    return 0;
                }
                mariaDb = EmbeddedMariaDb.start(work.resolve("mariadb"), dbPort);
            }
            Optional<ProcessHandle> mariadbd = mariaDb.process();
            if (mariadbd.isPresent()) {
                lock.record("mariadbd", mariadbd.get());
            }
            DatabaseProvisioner.Coordinates db = new DatabaseProvisioner(mariaDb.adminUrl())
                    .provision("xxgk", "xxgk", "xxgk-dev");
            Map<String, String> settings = PayaraProcess.settings(db, "localhost", 2525);
            settings.put("xxgk.demo.enabled", "true");
            settings.putAll(DevKeys.load(work.resolve("personal-data-keys.properties")));
            // attachments beside the embedded database: kept across restarts, erased by mvn clean
            settings.put("xxgk.attachments.dir", work.resolve("attachments").toString());
            // search: the index beside them (rebuilt from the change log if deleted)
            settings.put("xxgk.search.index.dir", work.resolve("search-index").toString());
            // archive: packages beside the embedded database too (target/run/archive)
            settings.put("xxgk.archive.dir", work.resolve("archive").toString());
            say("starting Payara Micro on port " + httpPort + " ...");
            synchronized (this) {
                if (stopping) {
                    return 0;
                }
                payara = PayaraProcess.start(war, serverLib, serverConfig, httpPort, settings, null);
            }
            lock.record("payara", payara.handle());
            Readiness readiness = payara.waitForReady(READY_TIMEOUT);
            if (readiness != Readiness.READY) {
                if (!stopping) {
                    reportFailure(readiness);
                }
                return FAILED;
            }
        } catch (Exception e) {
            if (!stopping) {
                say("xxgk did not start: " + e);
            }
            return FAILED;
        }
        banner(url, (System.nanoTime() - started) / 1e9);
        daemon("payara-exit", this::watchPayara);
        daemon("demo-data", this::reportDemoData);
        stopped.await();
        return 0;
    }

    private void banner(String url, double seconds) {
        System.out.printf("""

                ============================================================
                 xxgk is running: %s   (ready in %.1f s)
                 Demo accounts (password %s):
                   office      办公室工作人员      officehead  办公室负责人
                   deptstaff   处室工作人员        depthead    处室负责人
                   leader      分管领导            director    局主要领导
                   secrecy     保密人员            discipline  纪检监察
                 Press Ctrl-C to stop.
                ============================================================
                %n""", url, seconds, DemoDirectory.DEMO_PASSWORD);
    }

    /** Why the start failed, in a few lines: the health answer and Payara's SEVERE messages. */
    private void reportFailure(Readiness readiness) {
        ConsoleTail console = payara.console();
        String reason = console.failureReason();
        String cause = reason == null ? "" : ": " + reason;
        Optional<Health.Answer> ready = readiness == Readiness.EXITED
                ? Optional.empty() : Health.get(payara.baseUrl() + "health/ready");
        boolean notDeployed = readiness == Readiness.NOT_DEPLOYED
                || ready.isPresent() && Health.noApplication(ready.get().body());
        if (readiness == Readiness.EXITED) {
            say("xxgk did not start: Payara Micro " + ended(payara) + cause);
        } else if (notDeployed) {
            say("xxgk did not start: the application failed to deploy" + cause);
        } else {
            say("xxgk did not start: GET /health/ready was not UP after " + READY_TIMEOUT.toMinutes() + " minutes ("
                    + ready.map(answer -> Health.notReadyReason(answer.body())).orElse("no answer") + ")");
        }
        ready.ifPresent(answer -> say("GET /health/ready: HTTP " + answer.status() + " " + answer.body()));
        boolean causeSaid = readiness == Readiness.EXITED || notDeployed;
        reportConsole(console, causeSaid ? reason : null);
    }

    /** Payara's last SEVERE messages (leaving out the cause {@code said} already), else its last lines. */
    private static void reportConsole(ConsoleTail console, String said) {
        List<String> severe = console.severeSummaries(said);
        if (severe.isEmpty()) {
            say("last lines of Payara Micro's console:");
            console.lastLines(20).forEach(line -> say("  " + line));
        } else {
            say("last SEVERE messages of Payara Micro:");
            severe.forEach(line -> say("  " + line));
        }
    }

    /** A server that ends by itself (crash, killed) ends the run, instead of leaving MariaDB alone. */
    private void watchPayara() {
        payara.handle().onExit().join();
        try {
            // a stop in progress (Ctrl-C reaches Payara too) marks itself well within this time
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            return;
        }
        if (!stopping) {
            say("Payara Micro " + ended(payara) + " unexpectedly");
            reportConsole(payara.console(), null);
            System.exit(FAILED);
        }
    }

    /**
     * The demo data loads in the background after readiness: says when it is loaded or why not.
     * Says nothing with a build whose /health/started has no demo-data check.
     */
    private void reportDemoData() {
        try {
            Health.awaitDemoData(payara.baseUrl() + "health/started", DEMO_DATA_TIMEOUT, () -> stopping)
                    .ifPresent(DevServer::say);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shutdown hook: Payara, then MariaDB, within {@link #STOP_BUDGET}. */
    private void stop() {
        PayaraProcess server;
        EmbeddedMariaDb db;
        synchronized (this) {
            stopping = true;
            server = payara;
            db = mariaDb;
        }
        try {
            if (server != null || db != null) {
                say("stopping ...");
                long deadline = System.nanoTime() + STOP_BUDGET.toNanos();
                if (server != null) {
                    server.close();
                }
                if (db != null) {
                    long left = Math.max(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()), 2000);
                    db.close(Duration.ofMillis(left));
                }
                say("stopped.");
            }
        } catch (Exception e) {
            System.err.println("[xxgk] stop failed: " + e);
        } finally {
            stopped.countDown();
        }
    }

    /** Stops the servers of an earlier run of this folder that was killed hard (kill -9) before it could. */
    private static void stopLeftovers(Map<String, ProcessHandle> leftovers) throws Exception {
        leftovers.forEach((name, process) -> {
            say("stopping " + name + " (pid " + process.pid() + "), left running by an earlier run that was killed ...");
            process.destroy();
        });
        for (ProcessHandle process : leftovers.values()) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException stuck) {
                process.destroyForcibly();
                process.onExit().get(5, TimeUnit.SECONDS);
            }
        }
    }

    /** "exited with code 1", or "was killed (signal 9)" for the codes a JVM reports for a signal. */
    private static String ended(PayaraProcess server) {
        int code = server.exitCode().orElse(-1);
        return code > 128 && code < 160 ? "was killed (signal " + (code - 128) + ")" : "exited with code " + code;
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void say(String line) {
        System.out.println("[xxgk] " + line);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
