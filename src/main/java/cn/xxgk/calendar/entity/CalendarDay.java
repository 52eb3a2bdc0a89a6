package cn.xxgk.calendar.entity;

import cn.xxgk.calendar.control.DayRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A day that differs from the weekday rule: a public holiday or a make-up working day (调休). */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.ALL, query = "SELECT d FROM CalendarDay d ORDER BY d.day")
@NamedQuery(name = CalendarDay.OF_YEAR, query = "SELECT d FROM CalendarDay d WHERE d.day BETWEEN :first AND :last ORDER BY d.day")
public class CalendarDay {

    public static final String ALL = "CalendarDay.all";
    public static final String OF_YEAR = "CalendarDay.ofYear";
    /** The length of calendar_day.reason. */
    public static final int MAX_REASON_LENGTH = 500;

    @Id
    private LocalDate day;

    @Column(name = "off_day", nullable = false)
    private boolean offDay;

    @Column(length = DayRule.MAX_NAME_LENGTH)
    private String name;

    @Column(length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected CalendarDay() {
    }

    public CalendarDay(DayRule rule, String reason, String updatedBy, LocalDateTime updatedAt) {
        this.day = rule.date();
        change(rule, reason, updatedBy, updatedAt);
    }

    public void change(DayRule rule, String reason, String updatedBy, LocalDateTime updatedAt) {
        if (!rule.date().equals(day)) {
            throw new IllegalArgumentException("rule of " + rule.date() + " for day " + day);
        }
        this.offDay = rule.offDay();
        this.name = rule.name();
        this.reason = reason;
        this.updatedBy = Objects.requireNonNull(updatedBy);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public DayRule toRule() {
        return new DayRule(day, offDay, name);
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isOffDay() {
        return offDay;
    }

    public String getName() {
        return name;
    }

    public String getReason() {
        return reason;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
