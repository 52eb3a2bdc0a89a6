package cn.xxgk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A reminder given to a person about a deadline; what they see in the application. */
@Entity
@Table(name = "reminder")
@NamedQuery(name = Reminder.OF_RECIPIENT, query = """
        SELECT r FROM Reminder r WHERE r.recipient = :recipient AND r.createdAt >= :since ORDER BY r.createdAt DESC""")
public class Reminder {

    public static final String OF_RECIPIENT = "Reminder.ofRecipient";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deadline_id", nullable = false, updatable = false)
    private long deadlineId;

    @Column(nullable = false, updatable = false, length = 32)
    private String kind;

    @Column(name = "reminder_date", nullable = false, updatable = false)
    private LocalDate reminderDate;

    @Column(nullable = false, updatable = false, length = 100)
    private String recipient;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Reminder() {
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getDeadlineId() {
        return deadlineId;
    }

    public String getKind() {
        return kind;
    }

    /** BEFORE_n, DUE_TODAY or OVERDUE without the number, for the screen's texts. */
    public String getFamily() {
        return kind.startsWith("BEFORE_") ? "BEFORE" : kind;
    }

    public LocalDate getReminderDate() {
        return reminderDate;
    }

    public String getRecipient() {
        return recipient;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
