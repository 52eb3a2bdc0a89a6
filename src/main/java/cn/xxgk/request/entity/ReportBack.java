package cn.xxgk.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A forwarded request's result as reported back to the municipal office that handed it over (seed
 * 一(五)4): what was reported, on which day and by whom; once. The letters sent with it are kept
 * by the request ({@link DisclosureRequest#getReportLetterIds()}).
 */
@Embeddable
public class ReportBack {

    @Column(name = "report_result") private String result;
    @Column(name = "reported_back_on") private LocalDate reportedOn;
    @Column(name = "reported_back_by", length = 100) private String reportedBy;

    protected ReportBack() {
    }

    void report(String what, LocalDate on, String by) {
        result = what;
        reportedOn = on;
        reportedBy = by;
    }

    public boolean isReported() {
        return reportedOn != null;
    }

    public String getResult() { return result; }
    public LocalDate getReportedOn() { return reportedOn; }
    public String getReportedBy() { return reportedBy; }
}
