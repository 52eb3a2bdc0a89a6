package cn.xxgk.testsupport;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.devserver.PayaraProcess;
import java.io.File;
import java.time.Duration;
import java.util.Map;

/**
 * The application running as the run command runs it (Payara Micro in its own process, at the
 * root context, on a database of its own), for the browser tests. The local-login instance is
 * started once and shared by all browser tests of the run.
 */
public class RunningApp implements AutoCloseable {

    private static RunningApp local;

    private final PayaraProcess payara;
    private final Coordinates database;

    private RunningApp(PayaraProcess payara, Coordinates database) {
        this.payara = payara;
        this.database = database;
    }

    /**
     * The shared instance with local accounts (demo data loaded). While writing a browser test,
     * -Dxxgk.test.app-url=http://localhost:8080/ points it at the run command's server instead
     * (database() is then unavailable).
     */
    public static synchronized RunningApp local() throws Exception {
        String external = System.getProperty("xxgk.test.app-url");
        if (external != null && !external.isBlank()) {
            return new RunningApp(null, null) {
                @Override
                public String url() {
                    return external.endsWith("/") ? external : external + "/";
                }
            };
        }
        if (local == null) {
            local = start("local", Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    local.close();
                } catch (Exception ignored) {
                    // going down anyway
                }
            }));
        }
        return local;
    }

    /** A separate instance with extra settings (e.g. an SSO issuer); the caller closes it. */
    public static RunningApp start(String name, Map<String, String> extraSettings) throws Exception {
        Coordinates db = TestDatabaseServer.get().newDatabase();
        Map<String, String> settings = TestSettings.applicationSettings(db, 2525);
        settings.putAll(extraSettings);
        File log = new File("target/payara-" + name + ".log");
        PayaraProcess payara = PayaraProcess.start(TestSettings.war(), TestSettings.serverLib(),
                TestSettings.serverConfig(), PayaraProcess.freePort(), settings, log);
        try {
            payara.awaitReady(Duration.ofMinutes(4));
            new AppClient(payara.baseUrl()); // waits for the demo data too
        } catch (Exception e) {
            throw new IllegalStateException("Payara did not start; see " + log, e);
        }
        return new RunningApp(payara, db);
    }

    /** Base URL on 127.0.0.1, ending in a slash. */
    public String url() {
        return payara.baseUrl();
    }

    public AuditRows database() {
        return new AuditRows(database);
    }

    /** The database's URL and accounts: the application's and the schema owner's. */
    public Coordinates coordinates() {
        return database;
    }

    @Override
    public void close() throws Exception {
        if (payara != null) {
            payara.close();
        }
    }
}
