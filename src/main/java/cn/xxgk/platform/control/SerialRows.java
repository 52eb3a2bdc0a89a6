package cn.xxgk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Takes the next value of a gap-free serial (request numbers, letter numbers, index numbers: one row
 * per year, with a {@code last_serial} column) in one statement of the caller's transaction:
 * <pre>
 * INSERT INTO t (key..., last_serial) VALUES (?..., LAST_INSERT_ID(1))
 *   ON DUPLICATE KEY UPDATE last_serial = LAST_INSERT_ID(last_serial + 1), version = version + 1
 * </pre>
 * then {@code SELECT LAST_INSERT_ID()} on the same connection (MariaDB keeps it per connection).
 * <p>
 * One statement creates the year's row or increments it and takes its exclusive lock at once: no
 * read lock to upgrade, no gap lock two first-of-the-year callers could deadlock on, no transaction
 * or connection of its own (a second pool connection per command exhausted the pool under load, issue
 * #13). The increment belongs to the caller's transaction, so a rolled-back caller takes its number
 * back and the series stays without gaps. The row stays locked until the caller commits: callers take
 * the number as late as their work allows, so that lock is short.
 * <p>
 * Concurrent callers on an existing row simply queue on its lock. A row created by this statement is
 * new in the caller's transaction: should that caller roll back while others wait on the key, InnoDB
 * resolves the waiters' gap locks as a deadlock and rolls one of them back (nothing is lost or given
 * twice, that command fails). So the request and letter serials have their rows for 2000-2099 from
 * migration V12; an index serial's row is created by the first cataloguing of an organisation's year.
 */
@ApplicationScoped
public class SerialRows {

    @PersistenceContext
    EntityManager em;

    /**
     * The next serial for these key values (1 for a new row); must run in the transaction that uses it.
     *
     * @param table      the serial table; table and column names are the callers' constants, never input
     * @param keyColumns the columns of its primary key
     * @param keyValues  one value for each key column
     */
    public int next(String table, List<String> keyColumns, Object... keyValues) {
        if (keyColumns.size() != keyValues.length) {
            throw new IllegalArgumentException(keyColumns + " needs " + keyColumns.size() + " values");
        }
        String columns = String.join(", ", keyColumns);
        String marks = keyColumns.stream().map(c -> "?").collect(Collectors.joining(", "));
        bind(em.createNativeQuery("INSERT INTO " + table + " (" + columns + ", last_serial) VALUES (" + marks
                + ", LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE last_serial = LAST_INSERT_ID(last_serial + 1),"
                + " version = version + 1"), keyValues).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).intValue();
    }

    private static Query bind(Query query, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }
}
