package cn.xxgk.testsupport;

import cn.xxgk.devserver.DatabaseProvisioner;
import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.devserver.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MariaDB server the integration tests use: the one named by xxgk.test.db.admin-url (system
 * property) or XXGK_TEST_DB_ADMIN_URL (environment), an account that may create databases;
 * otherwise an embedded MariaDB started for this test run. Every application the tests start
 * gets a database of its own, so test classes cannot see each other's data.
 */
public final class TestDatabaseServer {

    private static TestDatabaseServer instance;

    private final DatabaseProvisioner provisioner;
    private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final AtomicInteger counter = new AtomicInteger();

    private TestDatabaseServer(String adminUrl) {
        this.provisioner = new DatabaseProvisioner(adminUrl);
    }

    public static synchronized TestDatabaseServer get() throws Exception {
        if (instance == null) {
            String adminUrl = System.getProperty("xxgk.test.db.admin-url", System.getenv("XXGK_TEST_DB_ADMIN_URL"));
            if (adminUrl == null || adminUrl.isBlank()) {
                EmbeddedMariaDb embedded = EmbeddedMariaDb.start(Path.of("target", "test-mariadb").toAbsolutePath(), 0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (Exception ignored) {
                        // the JVM is going down anyway
                    }
                }));
                adminUrl = embedded.adminUrl();
            }
            instance = new TestDatabaseServer(adminUrl);
        }
        return instance;
    }

    /** A new, empty database with its own account. */
    public Coordinates newDatabase() throws Exception {
        String name = "xxgk_it_" + runId + "_" + counter.incrementAndGet();
        return provisioner.provision(name, "xxgk_it", "xxgk-it-pw");
    }
}
