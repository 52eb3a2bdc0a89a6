package cn.xxgk.calendar.entity;

import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.calendar.control.LegalClock;
import cn.xxgk.calendar.control.Pause;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A legal time limit of some subject (a catalogue entry's publication, a request's reply ...),
 * stored as its inputs — start, kind, pauses, extension — with the due date derived from the
 * calendar by {@link LegalClock}. The derived due date is kept in the row so that lists and
 * reminders can query it; {@link #recompute} renews it whenever the calendar changes.
 */
@Entity
@Table(name = "deadline")
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 64)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 64)
    private String subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DeadlineKind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** The period's length when the deadline was opened (the law's number, kept for the record). */
    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(length = 100)
    private String responsible;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    /** The day the reminder planner last looked at this deadline; cleared when the due date moves. */
    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deadline_pause", joinColumns = @JoinColumn(name = "deadline_id"))
    @OrderBy("pausedFrom")
    private List<DeadlinePause> pauses = new ArrayList<>();

    @Version
    private long version;

    protected Deadline() {
    }

    public Deadline(String subjectType, String subjectId, LegalClock clock, String responsible,
                    WorkingDayCalendar calendar, LocalDateTime now) {
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.responsible = responsible;
        this.createdAt = now;
        apply(clock);
        recompute(calendar);
    }

    /** The clock as the engine sees it. */
    public LegalClock clock() {
        return new LegalClock(kind, startDate, pauses.stream().map(DeadlinePause::toPause).toList(), extensionDays);
    }

    /** Renews the derived due date from the calendar; true when it moved. */
    public boolean recompute(WorkingDayCalendar calendar) {
        LegalClock clock = clock();
        LocalDate newDue = clock.dueDate(calendar).orElse(null);
        boolean newProvisional = newDue != null && calendar.hasProvisionalDay(startDate, newDue);
        boolean moved = !Objects.equals(newDue, dueDate) || newProvisional != provisional;
        if (moved) {
            remindedOn = null;
        }
        dueDate = newDue;
        provisional = newProvisional;
        return moved;
    }

    public DeadlineStatus statusOn(WorkingDayCalendar calendar, LocalDate day) {
        return clock().statusOn(calendar, day);
    }

    public void pause(LocalDate day, String reason, WorkingDayCalendar calendar) {
        clock().pausedOn(day); // refuses a second open pause
        pauses.add(new DeadlinePause(day, reason));
        recompute(calendar);
    }

    public void resume(LocalDate day, WorkingDayCalendar calendar) {
        clock().resumedOn(day); // refuses when not paused or before the pause
        pauses.getLast().resume(day);
        recompute(calendar);
    }

    /** Throws ExtensionRefusedException beyond the kind's cap; nothing changes then. */
    public void extend(int days, WorkingDayCalendar calendar) {
        extensionDays = clock().extendedBy(days).extensionWorkingDays();
        recompute(calendar);
    }

    /** A full new period from the day (a corrected request, Art. 30). */
    public void restart(LocalDate day, WorkingDayCalendar calendar) {
        apply(clock().restartedOn(day));
        recompute(calendar);
    }

    /** Another person becomes responsible (a request handed to another handler); reminders go to them. */
    public void assignTo(String newResponsible) {
        this.responsible = newResponsible;
    }

    /** Closes the deadline; closing it again keeps the first closing time (how late it was stays true). */
    public void close(LocalDateTime now) {
        if (closedAt == null) {
            this.closedAt = now;
        }
    }

    private void apply(LegalClock clock) {
        this.kind = clock.kind();
        this.startDate = clock.start();
        this.workingDays = clock.kind().workingDays();
        this.extensionDays = clock.extensionWorkingDays();
        this.pauses.clear();
        for (Pause pause : clock.pauses()) {
            DeadlinePause stored = new DeadlinePause(pause.from(), null);
            if (!pause.isOpen()) {
                stored.resume(pause.until());
            }
            this.pauses.add(stored);
        }
    }

    public Long getId() {
        return id;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public List<DeadlinePause> getPauses() {
        return List.copyOf(pauses);
    }

    public long getVersion() {
        return version;
    }
}
