package cn.xxgk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of the audit record: who did what to which object, when, with which result, from
 * where. Immutable: every column is insert-only, there is no setter, and database triggers
 * refuse UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "object_type", updatable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 255)
    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditResult result;

    @Column(updatable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    protected AuditRecord() {
    }

    public AuditRecord(LocalDateTime occurredAt, String actor, String action, String objectType, String objectId,
                       AuditResult result, String detail, String clientAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = truncate(Objects.requireNonNull(actor), 100);
        this.action = Objects.requireNonNull(action);
        this.objectType = objectType;
        this.objectId = truncate(objectId, 255);
        this.result = Objects.requireNonNull(result);
        this.detail = truncate(detail, MAX_DETAIL);
        this.clientAddress = truncate(clientAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public AuditResult getResult() {
        return result;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
