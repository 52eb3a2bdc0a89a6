package cn.xxgk.calendar.entity;

import cn.xxgk.calendar.control.Pause;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A pause of a deadline as stored: from the day a consultation letter went out to the answer day. */
@Embeddable
public class DeadlinePause {

    @Column(name = "paused_from", nullable = false)
    private LocalDate pausedFrom;

    @Column(name = "resumed_on")
    private LocalDate resumedOn;

    @Column(length = 200)
    private String reason;

    protected DeadlinePause() {
    }

    DeadlinePause(LocalDate pausedFrom, String reason) {
        this.pausedFrom = pausedFrom;
        this.reason = reason;
    }

    void resume(LocalDate day) {
        this.resumedOn = day;
    }

    Pause toPause() {
        return new Pause(pausedFrom, resumedOn);
    }

    public LocalDate getPausedFrom() {
        return pausedFrom;
    }

    public LocalDate getResumedOn() {
        return resumedOn;
    }

    public String getReason() {
        return reason;
    }
}
