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
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches it: the other start-up beans
 * declare {@code @DependsOn("SchemaMigration")}. The schema is only ever changed here, by the
 * Flyway migrations in db/migration and the Java migrations components provide as CDI beans
 * (reference data, data only Java can convert), with the Flyway callbacks they provide (a check
 * that a migration can run, made before any is applied); JPA schema generation is off. Two nodes
 * starting at once are safe: Flyway takes a database lock while it migrates.
 */
@Startup
@Singleton(name = "SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "jdbc/xxgk";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

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

    private Flyway flyway() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .callbacks(callbacks.stream().toArray(Callback[]::new))
                .load();
    }
}
