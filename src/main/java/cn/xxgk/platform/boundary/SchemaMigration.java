package cn.xxgk.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import cn.xxgk.platform.control.DatabaseGrants;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches it: the other start-up beans
 * declare {@code @DependsOn("SchemaMigration")}. The schema is only ever changed here, by the
 * Flyway migrations in db/migration and the Java migrations components provide as CDI beans
 * (reference data, data only Java can convert), with the Flyway callbacks they provide (a check
 * that a migration can run, made before any is applied); JPA schema generation is off. Two nodes
 * starting at once are safe: Flyway takes a database lock while it migrates.
 * <p>
 * The migrations run as the schema's owner (xxgk.db.owner-user / owner-password, same URL), who
 * then gives the application's own account exactly the rights of {@link DatabaseGrants}: the
 * account the application runs as can neither drop the audit's triggers nor delete its rows.
 * Without an owner setting the migrations run as the application's account and its rights are
 * left as the administrator set them, with a warning at every start.
 */
@Startup
@Singleton(name = "SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "jdbc/xxgk";
    /** ER_OPTION_PREVENTS_STATEMENT: the server runs with --skip-grant-tables. */
    private static final int GRANT_TABLES_OFF = 1290;
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "xxgk.db.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "xxgk.db.owner-user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "xxgk.db.owner-password", defaultValue = "")
    String ownerPassword;

    /** Migrations written in Java by the components (e.g. loading bundled reference data). */
    @Inject
    @Any
    Instance<JavaMigration> javaMigrations;

    /** Flyway callbacks of the components (e.g. a precondition checked before anything is migrated). */
    @Inject
    @Any
    Instance<Callback> callbacks;

    /** Set once migrate() has succeeded: then nothing of this build is pending until the next start. */
    private volatile boolean upToDate;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway().migrate();
        grantTheApplication();
        upToDate = true;
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied");
    }

    /** Migrations present in the application but not yet applied to the database. */
    public int pendingMigrations() {
        if (upToDate) {
            // asked by every readiness probe: no second look at the schema history once it is known
            return 0;
        }
        MigrationInfo[] pending = flyway().info().pending();
        return pending.length;
    }

    private void grantTheApplication() {
        if (!ownerConfigured()) {
            LOG.warning("xxgk.db.owner-user is not set: the migrations ran as the application's database account, "
                    + "which can therefore alter or drop the audit's tables and triggers");
            return;
        }
        try (Connection app = dataSource.getConnection();
             Statement query = app.createStatement();
             ResultSet user = query.executeQuery("SELECT CURRENT_USER()");
             Connection owner = DriverManager.getConnection(url.orElseThrow(), ownerUser.orElseThrow(), ownerPassword)) {
            user.next();
            String account = DatabaseGrants.account(user.getString(1));
            DatabaseGrants.apply(owner, account);
            LOG.info(() -> "Rights of " + account + " granted by " + ownerUser.orElseThrow());
        } catch (SQLException e) {
            if (e.getErrorCode() != GRANT_TABLES_OFF) {
                throw new IllegalStateException("the schema owner could not grant the application its rights", e);
            }
            LOG.warning("the database server runs without grant tables (--skip-grant-tables): every account may do anything");
        }
    }

    private boolean ownerConfigured() {
        return ownerUser.filter(owner -> !owner.isBlank()).isPresent() && url.isPresent();
    }

    private Flyway flyway() {
        FluentConfiguration flyway = Flyway.configure(SchemaMigration.class.getClassLoader());
        if (ownerConfigured()) {
            flyway.dataSource(url.orElseThrow(), ownerUser.orElseThrow(), ownerPassword);
        } else {
            flyway.dataSource(dataSource);
        }
        return flyway
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .callbacks(callbacks.stream().toArray(Callback[]::new))
                .load();
    }
}
