package cn.xxgk.devserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command (./mvnw -Prun): an embedded MariaDB whose data survives restarts,
 * then Payara Micro with the application and its demo data. Ctrl-C stops Payara, then MariaDB.
 *
 * <p>Arguments: the WAR, the folder holding the JDBC driver, server-config, and the working
 * folder (database files and Payara's runtime). Environment: XXGK_HTTP_PORT (default 8080),
 * XXGK_DB_PORT (default 3407).
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Path serverLib = Path.of(args[1]);
        Path serverConfig = Path.of(args[2]);
        Path work = Path.of(args[3]).toAbsolutePath();
        int httpPort = Integer.parseInt(env("XXGK_HTTP_PORT", "8080"));
        int dbPort = Integer.parseInt(env("XXGK_DB_PORT", "3407"));

        long started = System.nanoTime();
        System.out.println("[xxgk] starting the embedded MariaDB (data in " + work.resolve("mariadb") + ") ...");
        EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(work.resolve("mariadb"), dbPort);
        PayaraProcess[] payara = new PayaraProcess[1];
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[xxgk] stopping ...");
            try {
                if (payara[0] != null) {
                    payara[0].close();
                }
                mariaDb.close();
                System.out.println("[xxgk] stopped.");
            } catch (Exception e) {
                System.err.println("[xxgk] stop failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "xxgk-stop"));

        try {
            DatabaseProvisioner.Coordinates db = new DatabaseProvisioner(mariaDb.adminUrl())
                    .provision("xxgk", "xxgk", "xxgk-dev");
            Map<String, String> settings = PayaraProcess.settings(db, "localhost", 2525);
            settings.put("xxgk.demo.enabled", "true");
            settings.putAll(DevKeys.load(work.resolve("personal-data-keys.properties")));
            // attachments beside the embedded database: kept across restarts, erased by mvn clean
            settings.put("xxgk.attachments.dir", work.resolve("attachments").toString());
            System.out.println("[xxgk] starting Payara Micro on port " + httpPort + " ...");
            payara[0] = PayaraProcess.start(war, serverLib, serverConfig, httpPort, settings, null);
            payara[0].awaitReady(Duration.ofMinutes(4));
        } catch (Exception e) {
            System.err.println("[xxgk] start failed: " + e.getMessage());
            // exit runs the shutdown hook, which stops whatever was started
            System.exit(1);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("""

                ============================================================
                 xxgk is running: http://localhost:%d/   (ready in %.1f s)
                 Demo accounts (password %s):
                   office      办公室工作人员      officehead  办公室负责人
                   deptstaff   处室工作人员        depthead    处室负责人
                   leader      分管领导            director    局主要领导
                   secrecy     保密人员            discipline  纪检监察
                 Press Ctrl-C to stop.
                ============================================================
                %n""", httpPort, seconds, cn.xxgk.identity.boundary.DemoDirectory.DEMO_PASSWORD);
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
