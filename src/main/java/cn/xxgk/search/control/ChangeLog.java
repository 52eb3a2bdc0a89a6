package cn.xxgk.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the change log {@code search_change} (migration V16): one row per change of a published entry,
 * written by triggers on {@code gov_info} in the catalogue's own transaction. The rows name the entry; the
 * index then reads the entry's current state, so the order of applying does not matter.
 */
@ApplicationScoped
public class ChangeLog {

    /** One row: its sequence number and the entry that changed. */
    public record Change(long id, long govInfoId) {
    }

    @Resource(lookup = "jdbc/xxgk")
    DataSource dataSource;

    /** The rows above {@code high} (at most {@code limit}, ascending) and the rows with these ids (gaps). */
    public List<Change> after(long high, int limit, Collection<Long> gaps) {
        List<Change> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, gov_info_id FROM search_change WHERE id > ? ORDER BY id LIMIT ?")) {
                s.setLong(1, high);
                s.setInt(2, limit);
                read(s, changes);
            }
            List<Long> open = new ArrayList<>(gaps);
            for (int from = 0; from < open.size(); from += 1000) {
                List<Long> slice = open.subList(from, Math.min(open.size(), from + 1000));
                String marks = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT id, gov_info_id FROM search_change WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < slice.size(); i++) {
                        s.setLong(i + 1, slice.get(i));
                    }
                    read(s, changes);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the search change log", e);
        }
        return changes;
    }

    private static void read(PreparedStatement s, List<Change> into) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                into.add(new Change(rs.getLong(1), rs.getLong(2)));
            }
        }
    }
}
