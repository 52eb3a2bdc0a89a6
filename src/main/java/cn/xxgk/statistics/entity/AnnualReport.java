package cn.xxgk.statistics.entity;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The annual report on government information disclosure of one year (Art. 49-50; the national
 * format of 国办公开办函〔2021〕30号): the texts the office writes (一 总体情况, 五 存在的主要问题及改进情况,
 * 六 其他需要报告的事项 with the fees collected), the section 二 figures it enters, and its way to
 * publication: DRAFT, approved by the office head, PUBLISHED with its JSON, PDF and XLSX kept as they
 * were published. A change to an approved report sends it back to draft; a published one never
 * changes (the database refuses it too).
 */
@Entity
@Table(name = "annual_report")
@NamedQuery(name = AnnualReport.BY_YEAR, query = "SELECT a FROM AnnualReport a WHERE a.year = :year")
public class AnnualReport {

    public static final String BY_YEAR = "AnnualReport.byYear";

    /** The most characters of one section's text. */
    public static final int TEXT_LIMIT = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportState state;

    @Column(name = "overview_text") private String overviewText;
    @Column(name = "problems_text") private String problemsText;
    @Column(name = "other_text") private String otherText;
    /** 信息处理费 collected in the year (元), 国办函〔2020〕109号; null when none were set. */
    @Column(name = "fees_collected", precision = 12, scale = 2) private BigDecimal feesCollected;

    @Embedded
    private ProactiveFigures figures;

    @Column(name = "approved_by", length = 100) private String approvedBy;
    @Column(name = "approved_at") private LocalDateTime approvedAt;
    @Column(name = "published_by", length = 100) private String publishedBy;
    @Column(name = "published_on") private LocalDate publishedOn;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "published_json")
    private String publishedJson;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "published_pdf")
    private byte[] publishedPdf;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "published_xlsx")
    private byte[] publishedXlsx;

    @Column(name = "updated_by", nullable = false, length = 100) private String updatedBy;
    @Column(name = "updated_at", nullable = false) private LocalDateTime updatedAt;

    @Version
    private long version;

    protected AnnualReport() {
    }

    /** A new draft of a year; the boundary checks the year. */
    public static AnnualReport draft(int year, String actor, LocalDateTime now) {
        AnnualReport report = new AnnualReport();
        report.year = year;
        report.state = ReportState.DRAFT;
        report.figures = new ProactiveFigures();
        report.touch(actor, now);
        return report;
    }

    /** The office's texts of sections 一, 五 and 六 and the fees collected; back to draft if approved. */
    public void write(String overview, String problems, String other, BigDecimal fees, String actor, LocalDateTime now) {
        requireChangeable();
        String o = text(overview, "overview");
        String p = text(problems, "problems");
        String x = text(other, "other");
        if (fees != null && (fees.signum() < 0 || fees.scale() > 2 || fees.compareTo(new BigDecimal("9999999999")) > 0)) {
            throw new InvalidInputException("statistics.invalid.fees");
        }
        overviewText = o;
        problemsText = p;
        otherText = x;
        feesCollected = fees;
        backToDraft(actor, now);
    }

    /** The section 二 figures the office enters; back to draft if approved. */
    public void enter(ProactiveFigures entered, String actor, LocalDateTime now) {
        requireChangeable();
        ProactiveFigures given = entered == null ? new ProactiveFigures() : entered;
        given.check();
        figures = given;
        backToDraft(actor, now);
    }

    /** The office head approves the draft; the boundary has checked the balance of the request table. */
    public void approve(String actor, LocalDateTime now) {
        if (state != ReportState.DRAFT) {
            throw new InvalidInputException("statistics.invalid.notDraft");
        }
        if (blank(overviewText)) {
            throw new InvalidInputException("statistics.invalid.overviewRequired");
        }
        state = ReportState.APPROVED;
        approvedBy = actor;
        approvedAt = now;
        touch(actor, now);
    }

    /** Publication of the approved report with what it publishes; final. */
    public void publish(String json, byte[] pdf, byte[] xlsx, String actor, LocalDateTime now) {
        if (state != ReportState.APPROVED) {
            throw new InvalidInputException("statistics.invalid.notApproved");
        }
        publishedJson = json;
        publishedPdf = pdf.clone();
        publishedXlsx = xlsx.clone();
        publishedBy = actor;
        publishedOn = now.toLocalDate();
        state = ReportState.PUBLISHED;
        touch(actor, now);
    }

    private void requireChangeable() {
        if (state == ReportState.PUBLISHED) {
            throw new InvalidInputException("statistics.invalid.published");
        }
    }

    private void backToDraft(String actor, LocalDateTime now) {
        state = ReportState.DRAFT;
        approvedBy = null;
        approvedAt = null;
        touch(actor, now);
    }

    private void touch(String actor, LocalDateTime now) {
        updatedBy = actor;
        updatedAt = now;
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > TEXT_LIMIT) {
            throw new InvalidInputException("statistics.invalid.textTooLong." + field, TEXT_LIMIT);
        }
        return stripped;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public ReportState getState() { return state; }
    public String getOverviewText() { return overviewText; }
    public String getProblemsText() { return problemsText; }
    public String getOtherText() { return otherText; }
    public BigDecimal getFeesCollected() { return feesCollected; }
    public ProactiveFigures getFigures() { return figures == null ? new ProactiveFigures() : figures; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDateTime getApprovedAt() { return approvedAt; }
    public String getPublishedBy() { return publishedBy; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublishedJson() { return publishedJson; }
    public byte[] getPublishedPdf() { return publishedPdf == null ? null : publishedPdf.clone(); }
    public byte[] getPublishedXlsx() { return publishedXlsx == null ? null : publishedXlsx.clone(); }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
