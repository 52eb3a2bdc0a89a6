package cn.xxgk.catalogue.boundary;

import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.ExemptionGround;

/**
 * The attribute as the office's review or the leader's sign-off decides it: null keeps the one
 * proposed; a change needs a reason; EXEMPT needs a legal ground and a reason (the office's
 * review approves it).
 */
public record AttributeDecision(DisclosureAttribute attribute, String changeReason, ExemptionGround exemptionGround,
                                String exemptionReason) {

    public static final AttributeDecision KEEP = new AttributeDecision(null, null, null, null);
}
