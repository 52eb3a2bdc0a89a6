package cn.xxgk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Creates the row of a gap-free serial (request numbers, letter numbers, index numbers: one row per
 * year, with a {@code last_serial} column) before an allocator locks it with SELECT ... FOR UPDATE.
 * <p>
 * The row is created in a transaction of its own, committed at once: two transactions inserting the
 * same missing row under FOR UPDATE gap locks would deadlock each other. It is looked for first with
 * a read that takes no lock: a transaction that has already numbered something this year holds the
 * row, and even an INSERT IGNORE of the same key from here would wait for it until the lock wait
 * timeout (a split request issues a receipt for each part in one transaction).
 */
@ApplicationScoped
public class SerialRows {

    @PersistenceContext
    EntityManager em;

    /**
     * Makes sure the table has the row of these key values (last_serial 0 when new).
     *
     * @param table      the serial table; table and column names are the callers' constants, never input
     * @param keyColumns the columns of its primary key
     * @param keyValues  one value for each key column
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(String table, List<String> keyColumns, Object... keyValues) {
        if (keyColumns.size() != keyValues.length) {
            throw new IllegalArgumentException(keyColumns + " needs " + keyColumns.size() + " values");
        }
        String where = keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
        Number rows = (Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where), keyValues)
                .getSingleResult();
        if (rows.intValue() > 0) {
            return;
        }
        String columns = String.join(", ", keyColumns);
        String marks = keyColumns.stream().map(c -> "?").collect(Collectors.joining(", "));
        bind(em.createNativeQuery("INSERT IGNORE INTO " + table + " (" + columns + ", last_serial) VALUES (" + marks + ", 0)"),
                keyValues).executeUpdate();
    }

    private static Query bind(Query query, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }
}
