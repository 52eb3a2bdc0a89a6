package cn.xxgk.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Recomputes the due dates of all open deadlines against a calendar, in two queries and a few
 * grouped updates of the rows that moved. Plain JDBC on purpose: a calendar change touches every
 * open deadline (100,000 and more over the years), and loading that many entities with their
 * pauses through JPA would take the time the office is waiting for.
 */
@ApplicationScoped
public class OpenDeadlines {

    private static final int BATCH = 1000;

    /**
     * Returns the deadlines that moved, after writing their new due dates. A moved deadline is
     * looked at again by the reminder planner (reminded_on cleared): its reminders may fall on
     * other days now.
     */
    public List<MovedDeadline> recompute(Connection connection, WorkingDayCalendar calendar) throws SQLException {
        Map<Long, List<Pause>> pauses = pauses(connection);
        List<MovedDeadline> moved = new ArrayList<>();
        try (PreparedStatement open = connection.prepareStatement("""
                SELECT id, subject_type, subject_id, kind, start_date, extension_days, due_date, provisional
                FROM deadline WHERE closed_at IS NULL""");
             ResultSet rows = open.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                DeadlineKind kind = DeadlineKind.valueOf(rows.getString(4));
                LocalDate start = rows.getDate(5).toLocalDate();
                LegalClock clock = new LegalClock(kind, start, pauses.getOrDefault(id, List.of()), rows.getInt(6));
                Date storedDue = rows.getDate(7);
                LocalDate oldDue = storedDue == null ? null : storedDue.toLocalDate();
                LocalDate newDue = clock.dueDate(calendar).orElse(null);
                boolean provisional = newDue != null && calendar.hasProvisionalDay(start, newDue);
                if (!Objects.equals(oldDue, newDue) || provisional != rows.getBoolean(8)) {
                    moved.add(new MovedDeadline(id, rows.getString(2), rows.getString(3), kind, oldDue, newDue,
                            provisional));
                }
            }
        }
        write(connection, moved);
        return moved;
    }

    private static Map<Long, List<Pause>> pauses(Connection connection) throws SQLException {
        Map<Long, List<Pause>> pauses = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT p.deadline_id, p.paused_from, p.resumed_on FROM deadline_pause p
                JOIN deadline d ON d.id = p.deadline_id WHERE d.closed_at IS NULL
                ORDER BY p.deadline_id, p.paused_from""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Date resumed = rows.getDate(3);
                pauses.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(new Pause(rows.getDate(2).toLocalDate(), resumed == null ? null : resumed.toLocalDate()));
            }
        }
        return pauses;
    }

    /**
     * Writes the new due dates grouped by value: a calendar change moves thousands of deadlines
     * onto a few dozen new dates, so one UPDATE per date and chunk of ids does the work of
     * thousands of single-row updates.
     */
    private static void write(Connection connection, List<MovedDeadline> moved) throws SQLException {
        Map<String, List<Long>> byValue = new HashMap<>();
        for (MovedDeadline m : moved) {
            byValue.computeIfAbsent(m.newDue() + "|" + m.provisional(), k -> new ArrayList<>()).add(m.id());
        }
        for (Map.Entry<String, List<Long>> group : byValue.entrySet()) {
            String[] value = group.getKey().split("\\|");
            List<Long> ids = group.getValue();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Long> chunk = ids.subList(from, Math.min(from + BATCH, ids.size()));
                String in = chunk.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
                try (PreparedStatement update = connection.prepareStatement("UPDATE deadline SET due_date = ?, provisional = ?,"
                        + " reminded_on = NULL, version = version + 1 WHERE id IN (" + in + ")")) {
                    update.setDate(1, "null".equals(value[0]) ? null : Date.valueOf(LocalDate.parse(value[0])));
                    update.setBoolean(2, Boolean.parseBoolean(value[1]));
                    update.executeUpdate();
                }
            }
        }
    }
}
