package cn.xxgk.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Section 二 of the annual report (主动公开政府信息情况, 国办公开办函〔2021〕30号): the figures the
 * office enters because the system does not hold their source (the agency's rules and normative
 * documents, its licensing, punishment and enforcement decisions, its administrative fees). Empty
 * figures print as 0.
 */
@Embeddable
public class ProactiveFigures {

    @Column(name = "rules_made") private Integer rulesMade;
    @Column(name = "rules_repealed") private Integer rulesRepealed;
    @Column(name = "rules_in_force") private Integer rulesInForce;
    @Column(name = "normative_made") private Integer normativeMade;
    @Column(name = "normative_repealed") private Integer normativeRepealed;
    @Column(name = "normative_in_force") private Integer normativeInForce;
    @Column(name = "licensing_decisions") private Integer licensingDecisions;
    @Column(name = "punishment_decisions") private Integer punishmentDecisions;
    @Column(name = "enforcement_decisions") private Integer enforcementDecisions;
    /** 行政事业性收费: 本年收费金额 in 万元. */
    @Column(name = "admin_fees_amount", precision = 14, scale = 4) private BigDecimal adminFeesAmount;

    public ProactiveFigures() {
    }

    public ProactiveFigures(Integer rulesMade, Integer rulesRepealed, Integer rulesInForce, Integer normativeMade,
                            Integer normativeRepealed, Integer normativeInForce, Integer licensingDecisions,
                            Integer punishmentDecisions, Integer enforcementDecisions, BigDecimal adminFeesAmount) {
        this.rulesMade = rulesMade;
        this.rulesRepealed = rulesRepealed;
        this.rulesInForce = rulesInForce;
        this.normativeMade = normativeMade;
        this.normativeRepealed = normativeRepealed;
        this.normativeInForce = normativeInForce;
        this.licensingDecisions = licensingDecisions;
        this.punishmentDecisions = punishmentDecisions;
        this.enforcementDecisions = enforcementDecisions;
        this.adminFeesAmount = adminFeesAmount;
    }

    public Integer getRulesMade() { return rulesMade; }
    public Integer getRulesRepealed() { return rulesRepealed; }
    public Integer getRulesInForce() { return rulesInForce; }
    public Integer getNormativeMade() { return normativeMade; }
    public Integer getNormativeRepealed() { return normativeRepealed; }
    public Integer getNormativeInForce() { return normativeInForce; }
    public Integer getLicensingDecisions() { return licensingDecisions; }
    public Integer getPunishmentDecisions() { return punishmentDecisions; }
    public Integer getEnforcementDecisions() { return enforcementDecisions; }
    public BigDecimal getAdminFeesAmount() { return adminFeesAmount; }

    /** Refuses a negative count or amount: the form has no room for it. */
    void check() {
        for (Integer figure : new Integer[] {rulesMade, rulesRepealed, rulesInForce, normativeMade, normativeRepealed,
                normativeInForce, licensingDecisions, punishmentDecisions, enforcementDecisions}) {
            if (figure != null && (figure < 0 || figure > 10_000_000)) {
                throw new cn.xxgk.platform.control.InvalidInputException("statistics.invalid.figure");
            }
        }
        if (adminFeesAmount != null && (adminFeesAmount.signum() < 0 || adminFeesAmount.compareTo(new BigDecimal("9999999999")) > 0
                || adminFeesAmount.scale() > 4)) {
            throw new cn.xxgk.platform.control.InvalidInputException("statistics.invalid.figure");
        }
    }
}
