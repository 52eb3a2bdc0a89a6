package cn.xxgk.audit.boundary;

import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.platform.control.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Records what the platform refuses (an API call or a page step the caller's roles do not allow,
 * an expired or forged form post): the platform knows no component, so it fires a {@link Refusal}
 * event and this observer writes it to the audit record as refused, for the current caller, after the
 * caller's transaction, if any, has ended (AuditTrail).
 */
@ApplicationScoped
public class PlatformRefusals {

    @Inject
    AuditTrail audit;

    void record(@Observes Refusal refusal) {
        audit.record(refusal.action(), refusal.objectType(), refusal.objectId(), AuditResult.REFUSED,
                refusal.detail());
    }
}
