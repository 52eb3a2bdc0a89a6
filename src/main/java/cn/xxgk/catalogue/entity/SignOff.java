package cn.xxgk.catalogue.entity;

import cn.xxgk.identity.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * The leader's sign-off (签发): who signed, when, and under which of the agency's delegations when
 * the signature was not the seed's own rule (a leader in charge signing an official document).
 * Who may sign is {@link StepRoles}'s; this part records what happened.
 */
@Embeddable
public class SignOff {

    @Column(name = "signed_off_by", length = 100)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private LocalDateTime signedOffAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "sign_off_delegation", length = 48)
    private SignOffDelegation delegation;

    protected SignOff() {
    }

    void sign(Caller caller, boolean officialDocument, Set<SignOffDelegation> delegations, LocalDateTime now) {
        signedOffBy = caller.username();
        signedOffAt = now;
        boolean byDelegation = officialDocument && !caller.has(Role.DIRECTOR)
                && delegations.contains(SignOffDelegation.OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE);
        delegation = byDelegation ? SignOffDelegation.OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE : null;
    }

    /** The sign-off's comment, naming the delegation it was signed under (the history shows it). */
    String withDelegation(String comment) {
        String text = comment == null ? "" : comment.strip();
        return delegation == null ? text : (text + " [" + delegation + "]").strip();
    }

    public String getSignedOffBy() { return signedOffBy; }
    public LocalDateTime getSignedOffAt() { return signedOffAt; }
    public SignOffDelegation getDelegation() { return delegation; }
}
