package cn.xxgk.request.entity;

import cn.xxgk.calendar.control.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Where a forwarded request came from (转办): the municipal office that handed it over, on which day,
 * what it asked for and its reference. The day of the handover is the day of receipt; the result is
 * reported back to that office (seed 一(五)4).
 */
@Embeddable
public class Handover {

    @Column(name = "handover_from", updatable = false, length = 200)
    private String handoverFrom;

    @Column(name = "handover_on", updatable = false)
    private LocalDate handoverOn;

    @Column(name = "handover_what", updatable = false)
    private String handoverWhat;

    @Column(name = "handover_reference", updatable = false, length = 100)
    private String handoverReference;

    protected Handover() {
    }

    /** The handover of a forwarded form; none for the other channels. */
    static Handover of(RequestForm form) {
        Handover h = new Handover();
        if (form.channel() == Channel.FORWARDED) {
            h.handoverFrom = form.handoverFrom().strip();
            h.handoverOn = form.handoverOn();
            h.handoverWhat = form.handoverWhat().strip();
            h.handoverReference = RequestForm.stripped(form.handoverReference());
        }
        return h;
    }

    Handover copy() {
        Handover h = new Handover();
        h.handoverFrom = handoverFrom;
        h.handoverOn = handoverOn;
        h.handoverWhat = handoverWhat;
        h.handoverReference = handoverReference;
        return h;
    }

    public String getFrom() { return handoverFrom; }
    public LocalDate getOn() { return handoverOn; }
    public String getWhat() { return handoverWhat; }
    public String getReference() { return handoverReference; }
}
