package cn.xxgk.notification.boundary;

import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.control.Contact;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.notification.control.MailTemplates;
import cn.xxgk.notification.control.RemainingDays;
import cn.xxgk.notification.control.ReminderKind;
import cn.xxgk.notification.control.ReminderSettings;
import cn.xxgk.platform.boundary.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Decides which reminders are due today and records them, with their mails, in one transaction.
 * Only open deadlines due within the reminder horizon (or overdue) that have not been looked at
 * today are read, so a pass costs little however many deadlines are open. The reminder table's
 * unique key (deadline, kind, day, recipient) makes a second look — another node, a restart —
 * record nothing twice.
 */
@Stateless
@PermitAll
public class ReminderPlanner {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    WorkingDays workingDays;

    @Inject
    Directory directory;

    @Inject
    ReminderSettings settings;

    @Inject
    MailTemplates templates;

    @Inject
    Outbox.Batch outbox;

    @Inject
    Clock clock;

    /**
     * Plans today's reminders and commits them with their mails; returns how many were recorded.
     * A pass looks at no more than a batch of deadlines (the most urgent first); the next pass,
     * ten seconds later, takes the rest. All writes are batched: a morning with thousands of due
     * deadlines must not hold the poller for minutes.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int plan(LocalDate today) {
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate horizon = calendar.addWorkingDays(today, settings.horizon());
        // microseconds, as DATETIME(6) stores them: the stamp is compared with what was written
        Timestamp passStamp = Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        try (Connection connection = dataSource.getConnection()) {
            List<Due> due = lockedForThisPass(connection, due(connection, today, horizon, settings.planBatch()));
            if (due.isEmpty()) {
                return 0;
            }
            Set<String> muted = muted(connection);
            Set<String> givenOnce = givenOnce(connection, due);
            Map<String, Optional<Contact>> contacts = new HashMap<>();
            Map<Role, List<String>> roleHolders = new HashMap<>();
            List<Planned> planned = new ArrayList<>();
            for (Due deadline : due) {
                int remaining = RemainingDays.between(calendar, today, deadline.dueDate());
                Optional<ReminderKind> kind = settings.kindFor(remaining);
                if (kind.isEmpty()) {
                    continue;
                }
                for (String recipient : recipients(deadline, kind.get(), roleHolders)) {
                    if (kind.get().isOnce() && givenOnce.contains(key(deadline.id(), kind.get().code(), recipient))) {
                        continue;
                    }
                    planned.add(new Planned(deadline, kind.get(), recipient, remaining));
                }
            }
            insertReminders(connection, planned, today, passStamp);
            Map<String, Long> inserted = insertedThisPass(connection, due, today, passStamp);
            for (Planned p : planned) {
                Long reminderId = inserted.get(key(p.deadline().id(), p.kind().code(), p.recipient()));
                if (reminderId == null) {
                    continue; // another node or an earlier pass recorded it today
                }
                Optional<Contact> contact = contacts.computeIfAbsent(p.recipient(), directory::contact);
                boolean mail = contact.map(Contact::email).filter(e -> !e.isBlank()).isPresent()
                        && (p.kind().isEscalation() || !muted.contains(p.recipient()));
                if (mail) {
                    MailTemplates.Mail text = templates.reminder(p.kind(), contact.get().displayName(),
                            p.deadline().subjectType() + " " + p.deadline().subjectId(), p.deadline().kind(),
                            p.deadline().dueDate(), p.remaining());
                    outbox.add(contact.get().email(), text.subject(), text.body(), reminderId);
                }
            }
            outbox.flush(connection);
            markLookedAt(connection, due, today);
            return inserted.size();
        } catch (SQLException e) {
            throw new IllegalStateException("planning reminders failed", e);
        }
    }

    private static void insertReminders(Connection connection, List<Planned> planned, LocalDate today,
                                        Timestamp stamp) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT IGNORE INTO reminder (deadline_id, kind, reminder_date, recipient, due_date, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (Planned p : planned) {
                insert.setLong(1, p.deadline().id());
                insert.setString(2, p.kind().code());
                insert.setDate(3, Date.valueOf(today));
                insert.setString(4, p.recipient());
                insert.setDate(5, Date.valueOf(p.deadline().dueDate()));
                insert.setTimestamp(6, stamp);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The reminders this pass wrote (its own timestamp): what INSERT IGNORE skipped is not among them. */
    private static Map<String, Long> insertedThisPass(Connection connection, List<Due> due, LocalDate today,
                                                      Timestamp stamp) throws SQLException {
        Map<String, Long> inserted = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, deadline_id, kind, recipient FROM reminder WHERE reminder_date = ? AND created_at = ?"
                        + " AND deadline_id IN (" + ids(due) + ")")) {
            query.setDate(1, Date.valueOf(today));
            query.setTimestamp(2, stamp);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    inserted.put(key(rows.getLong(2), rows.getString(3), rows.getString(4)), rows.getLong(1));
                }
            }
        }
        return inserted;
    }

    /** Reminders given once per deadline and recipient that these deadlines already had. */
    private static Set<String> givenOnce(Connection connection, List<Due> due) throws SQLException {
        Set<String> given = new HashSet<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT deadline_id, kind, recipient FROM reminder WHERE kind <> 'OVERDUE'"
                     + " AND deadline_id IN (" + ids(due) + ")")) {
            while (rows.next()) {
                given.add(key(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }
        return given;
    }

    /** Ids as an SQL list: numbers from our own query, at most a batch of them. */
    private static String ids(List<Due> due) {
        return due.stream().map(d -> Long.toString(d.id())).collect(Collectors.joining(","));
    }

    private static String key(long deadlineId, String kind, String recipient) {
        return deadlineId + "|" + kind + "|" + recipient;
    }

    /** The responsible person (else the office staff); for an escalation also the office head and the leader in charge. */
    private List<String> recipients(Due deadline, ReminderKind kind, Map<Role, List<String>> roleHolders) {
        List<String> recipients = new ArrayList<>();
        if (deadline.responsible() != null) {
            recipients.add(deadline.responsible());
        } else {
            recipients.addAll(holders(Role.OFFICE_STAFF, roleHolders));
        }
        if (kind.isEscalation()) {
            for (Role role : List.of(Role.OFFICE_HEAD, Role.LEADER_IN_CHARGE)) {
                holders(role, roleHolders).stream().filter(u -> !recipients.contains(u)).forEach(recipients::add);
            }
        }
        return recipients;
    }

    /** Who holds a role, asked once per pass. */
    private List<String> holders(Role role, Map<Role, List<String>> cache) {
        return cache.computeIfAbsent(role, r -> directory.withRole(r).stream().map(Contact::username).toList());
    }

    /**
     * The due deadlines this pass may write to, locked before anything is written, in id order; a
     * deadline a command holds at this moment is skipped (the next pass, ten seconds later, takes it).
     * The pass then never waits for a row while holding others, so a command that changes two
     * deadlines (a consultation pauses the reply and closes the correction window) cannot deadlock
     * with it; the command waits at most for the end of the pass.
     */
    private static List<Due> lockedForThisPass(Connection connection, List<Due> due) throws SQLException {
        if (due.isEmpty()) {
            return due;
        }
        String marks = String.join(",", java.util.Collections.nCopies(due.size(), "?"));
        Set<Long> locked = new HashSet<>();
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM deadline WHERE id IN (" + marks + ") ORDER BY id FOR UPDATE SKIP LOCKED")) {
            for (int i = 0; i < due.size(); i++) {
                lock.setLong(i + 1, due.get(i).id());
            }
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    locked.add(rows.getLong(1));
                }
            }
        }
        return due.stream().filter(d -> locked.contains(d.id())).toList();
    }

    private static List<Due> due(Connection connection, LocalDate today, LocalDate horizon, int limit)
            throws SQLException {
        List<Due> due = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, subject_type, subject_id, kind, due_date, responsible FROM deadline
                WHERE closed_at IS NULL AND due_date IS NOT NULL AND due_date <= ?
                  AND (reminded_on IS NULL OR reminded_on < ?)
                ORDER BY due_date LIMIT ?""")) {
            query.setDate(1, Date.valueOf(horizon));
            query.setDate(2, Date.valueOf(today));
            query.setInt(3, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getDate(5).toLocalDate(), rows.getString(6)));
                }
            }
        }
        return due;
    }


    private static Set<String> muted(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT username FROM notification_preference WHERE mute_mail")) {
            Set<String> muted = new HashSet<>();
            while (rows.next()) {
                muted.add(rows.getString(1));
            }
            return muted;
        }
    }

    private static void markLookedAt(Connection connection, List<Due> due, LocalDate today) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE deadline SET reminded_on = ? WHERE id = ?")) {
            int pending = 0;
            for (Due deadline : due) {
                update.setDate(1, Date.valueOf(today));
                update.setLong(2, deadline.id());
                update.addBatch();
                if (++pending % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    private record Planned(Due deadline, ReminderKind kind, String recipient, int remaining) {
    }

    private record Due(long id, String subjectType, String subjectId, String kind, LocalDate dueDate,
                       String responsible) {
    }
}
