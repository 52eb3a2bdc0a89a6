package cn.xxgk.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One version of the disclosure guide (政府信息公开指南, seed 一(四)2: the guide is on the bureau's
 * website so that the public can find and ask for information). A version is never changed: an edit
 * adds the next one (the table refuses UPDATE and DELETE), so every earlier text stays readable.
 */
@Entity
@Table(name = "portal_guide_version")
public class GuideVersion {

    public static final int MAX_BODY = 200_000;
    public static final int MAX_NOTE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(updatable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "written_by", nullable = false, updatable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private LocalDateTime writtenAt;

    protected GuideVersion() { // JPA
    }

    /** The next version; the body must already be cleaned to the public safelist and not empty. */
    public GuideVersion(String cleanBodyHtml, String note, String writtenBy, LocalDateTime writtenAt) {
        if (cleanBodyHtml == null || cleanBodyHtml.isBlank()) {
            throw new IllegalArgumentException("a guide version needs a body");
        }
        this.bodyHtml = cleanBodyHtml;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.writtenBy = Objects.requireNonNull(writtenBy);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public Long getId() { return id; }
    public String getBodyHtml() { return bodyHtml; }
    public String getNote() { return note; }
    public String getWrittenBy() { return writtenBy; }
    public LocalDateTime getWrittenAt() { return writtenAt; }
}
