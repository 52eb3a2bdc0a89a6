package cn.xxgk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The agency's sign-off delegation (one row): whether the leader in charge may also sign official
 * documents. Off by default, as seed 三(四) has it; the office head records a change, audited.
 */
@Entity
@Table(name = "sign_off_delegation_setting")
public class SignOffDelegationSetting {

    /** The one row. */
    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "official_documents_by_leader_in_charge", nullable = false)
    private boolean officialDocumentsByLeaderInCharge;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected SignOffDelegationSetting() {
    }

    public void change(boolean documentsByLeaderInCharge, String by, LocalDateTime at) {
        officialDocumentsByLeaderInCharge = documentsByLeaderInCharge;
        changedBy = Objects.requireNonNull(by);
        changedAt = Objects.requireNonNull(at);
    }

    /** The delegations in force, as the items' steps take them. */
    public Set<SignOffDelegation> delegations() {
        return officialDocumentsByLeaderInCharge ? EnumSet.of(SignOffDelegation.OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE)
                : EnumSet.noneOf(SignOffDelegation.class);
    }

    public Integer getId() { return id; }
    public boolean isOfficialDocumentsByLeaderInCharge() { return officialDocumentsByLeaderInCharge; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public long getVersion() { return version; }
}
