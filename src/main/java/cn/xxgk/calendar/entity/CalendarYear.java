package cn.xxgk.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/** A year whose holiday arrangement is published and entered; other years count weekdays only. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    private int year;

    @Column(length = 500)
    private String source;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected CalendarYear() {
    }

    public CalendarYear(int year, String source, String updatedBy, LocalDateTime updatedAt) {
        this.year = year;
        record(source, updatedBy, updatedAt);
    }

    public void record(String newSource, String by, LocalDateTime at) {
        this.source = newSource;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
