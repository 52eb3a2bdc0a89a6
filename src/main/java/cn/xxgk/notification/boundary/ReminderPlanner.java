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
import java.util.LinkedHashMap;
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
    Outbox outbox;

    @Inject
    Clock clock;

    /** Plans today's reminders and commits them with their mails; returns how many were recorded. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int plan(LocalDate today) {
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate horizon = calendar.addWorkingDays(today, settings.horizon());
        try (Connection connection = dataSource.getConnection()) {
            List<Due> due = due(connection, today, horizon);
            Set<String> muted = muted(connection);
            Map<String, Optional<Contact>> contacts = new LinkedHashMap<>();
            int recorded = 0;
            for (Due deadline : due) {
                int remaining = RemainingDays.between(calendar, today, deadline.dueDate());
                Optional<ReminderKind> kind = settings.kindFor(remaining);
                if (kind.isPresent()) {
                    for (String recipient : recipients(deadline, kind.get())) {
                        recorded += remind(connection, deadline, kind.get(), recipient, remaining, today,
                                contacts.computeIfAbsent(recipient, directory::contact), muted.contains(recipient));
                    }
                }
            }
            markLookedAt(connection, due, today);
            return recorded;
        } catch (SQLException e) {
            throw new IllegalStateException("planning reminders failed", e);
        }
    }

    private int remind(Connection connection, Due deadline, ReminderKind kind, String recipient, int remaining,
                       LocalDate today, Optional<Contact> contact, boolean muted) throws SQLException {
        if (kind.isOnce() && alreadyReminded(connection, deadline.id(), kind, recipient)) {
            return 0;
        }
        long reminderId;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT IGNORE INTO reminder (deadline_id, kind, reminder_date, recipient, due_date, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, deadline.id());
            insert.setString(2, kind.code());
            insert.setDate(3, Date.valueOf(today));
            insert.setString(4, recipient);
            insert.setDate(5, Date.valueOf(deadline.dueDate()));
            insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(clock)));
            if (insert.executeUpdate() == 0) {
                return 0; // another pass recorded it already today
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                reminderId = keys.getLong(1);
            }
        }
        boolean mail = contact.map(Contact::email).filter(e -> !e.isBlank()).isPresent()
                && (kind.isEscalation() || !muted);
        if (mail) {
            MailTemplates.Mail text = templates.reminder(kind, contact.get().displayName(),
                    deadline.subjectType() + " " + deadline.subjectId(), deadline.kind(), deadline.dueDate(), remaining);
            outbox.enqueue(connection, contact.get().email(), text.subject(), text.body(), reminderId);
        }
        return 1;
    }

    private List<String> recipients(Due deadline, ReminderKind kind) {
        List<String> recipients = new ArrayList<>();
        if (deadline.responsible() != null) {
            recipients.add(deadline.responsible());
        } else {
            directory.withRole(Role.OFFICE_STAFF).forEach(c -> recipients.add(c.username()));
        }
        if (kind.isEscalation()) {
            for (Role role : List.of(Role.OFFICE_HEAD, Role.LEADER_IN_CHARGE)) {
                directory.withRole(role).stream().map(Contact::username)
                        .filter(u -> !recipients.contains(u)).forEach(recipients::add);
            }
        }
        return recipients;
    }

    private static List<Due> due(Connection connection, LocalDate today, LocalDate horizon) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, subject_type, subject_id, kind, due_date, responsible FROM deadline
                WHERE closed_at IS NULL AND due_date IS NOT NULL AND due_date <= ?
                  AND (reminded_on IS NULL OR reminded_on < ?)""")) {
            query.setDate(1, Date.valueOf(horizon));
            query.setDate(2, Date.valueOf(today));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getDate(5).toLocalDate(), rows.getString(6)));
                }
            }
        }
        return due;
    }

    private static boolean alreadyReminded(Connection connection, long deadlineId, ReminderKind kind, String recipient)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM reminder WHERE deadline_id = ? AND kind = ? AND recipient = ? LIMIT 1")) {
            query.setLong(1, deadlineId);
            query.setString(2, kind.code());
            query.setString(3, recipient);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Set<String> muted(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT username FROM notification_preference WHERE mute_mail")) {
            Set<String> muted = new java.util.HashSet<>();
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

    private record Due(long id, String subjectType, String subjectId, String kind, LocalDate dueDate,
                       String responsible) {
    }
}
