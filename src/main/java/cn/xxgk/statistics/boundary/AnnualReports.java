package cn.xxgk.statistics.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.identity.boundary.AgencySetup;
import cn.xxgk.letter.boundary.Letters;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.remedy.boundary.RemedyRegistry;
import cn.xxgk.request.boundary.RequestTallies;
import cn.xxgk.statistics.control.ReportContent;
import cn.xxgk.statistics.control.ReportJson;
import cn.xxgk.statistics.control.ReportXhtml;
import cn.xxgk.statistics.control.ReportXlsx;
import cn.xxgk.statistics.control.ReportYears;
import cn.xxgk.statistics.control.RequestTable;
import cn.xxgk.statistics.entity.AnnualReport;
import cn.xxgk.statistics.entity.ProactiveFigures;
import cn.xxgk.statistics.entity.ReportState;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The annual report on government information disclosure (Art. 49-50, 国办公开办函〔2021〕30号): the
 * office writes its texts and figures, the request table is computed from the requests of the year,
 * the office head approves and publishes it. Approval and publication need a year that ended and a
 * request table whose balance holds in every column; a failing check names the requests behind it.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
public class AnnualReports {

    static final String TYPE = "AnnualReport";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    ReportYears years;

    @Inject
    RequestTallies tallies;

    @Inject
    AgencySetup agencies;

    @Inject
    Letters letters;

    @Inject
    RemedyRegistry remedies;

    /** The year's report as it stands, its table computed now, last year's beside it. */
    public AnnualReportDraft draft(int year) {
        years.existing(year);
        AnnualReport report = find(year).orElseGet(() -> AnnualReport.draft(year, caller(), LocalDateTime.now(clock)));
        RequestTable table = table(report);
        RequestTable last = null;
        AnnualReport lastReport = null;
        if (year > years.first()) {
            lastReport = find(year - 1).orElse(null);
            last = lastReport != null && lastReport.getState() == ReportState.PUBLISHED
                    ? ReportJson.requestTable(lastReport.getPublishedJson())
                    : RequestTable.of(tallies.annualTally(year - 1));
        }
        List<String> unbalanced = table.isBalanced() ? List.of() : tallies.endedWithoutOutcome(year);
        return new AnnualReportDraft(report, table, last, lastReport, unbalanced, remedies.tally(year));
    }

    /** The JSON of the year's report as it would be published now. */
    public String draftJson(int year) {
        years.existing(year);
        AnnualReport report = find(year).orElseGet(() -> AnnualReport.draft(year, caller(), LocalDateTime.now(clock)));
        return ReportJson.write(content(report, table(report)));
    }

    /** Sections 一, 五 and 六 and the fees collected; seenVersion -1 for a report not yet saved. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "ANNUAL_REPORT_WRITE", objectType = TYPE)
    public AnnualReport write(int year, long seenVersion, String overview, String problems, String other, BigDecimal fees) {
        return change(year, seenVersion, r -> r.write(overview, problems, other, fees, caller(), LocalDateTime.now(clock)));
    }

    /** The section 二 figures the office enters. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "ANNUAL_REPORT_FIGURES", objectType = TYPE)
    public AnnualReport enter(int year, long seenVersion, ProactiveFigures figures) {
        return change(year, seenVersion, r -> r.enter(figures, caller(), LocalDateTime.now(clock)));
    }

    /** The office head approves a year that ended, when its request table balances. */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "ANNUAL_REPORT_APPROVE", objectType = TYPE)
    public AnnualReport approve(int year, long seenVersion) {
        years.ended(year);
        return change(year, seenVersion, r -> {
            requireBalance(r);
            r.approve(caller(), LocalDateTime.now(clock));
        });
    }

    /** Publication: the balance checked again, the JSON, PDF/A and XLSX made and kept; final. */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "ANNUAL_REPORT_PUBLISH", objectType = TYPE)
    public AnnualReport publish(int year, long seenVersion) {
        years.ended(year);
        return change(year, seenVersion, r -> {
            RequestTable table = requireBalance(r);
            if (r.getState() != ReportState.APPROVED) {
                throw new InvalidInputException("statistics.invalid.notApproved");
            }
            LocalDateTime now = LocalDateTime.now(clock);
            ReportContent draft = content(r, table);
            ReportContent published = new ReportContent(draft.agency(), year, ReportState.PUBLISHED.name(),
                    now.toLocalDate(), draft.overview(), draft.problems(), draft.other(), draft.feesCollected(),
                    draft.figures(), table, draft.review());
            byte[] pdf = letters.renderDocument(ReportXhtml.write(published), ReportXhtml.texts(published),
                    "Annual report " + year);
            r.publish(ReportJson.write(published), pdf, ReportXlsx.write(published), caller(), now);
        });
    }

    private RequestTable requireBalance(AnnualReport r) {
        RequestTable table = table(r);
        if (!table.isBalanced()) {
            List<String> behind = tallies.endedWithoutOutcome(r.getYear());
            throw new InvalidInputException("statistics.invalid.unbalanced",
                    behind.isEmpty() ? "—" : String.join("、", behind));
        }
        return table;
    }

    private RequestTable table(AnnualReport report) {
        if (report.getState() == ReportState.PUBLISHED) {
            return ReportJson.requestTable(report.getPublishedJson());
        }
        return RequestTable.of(tallies.annualTally(report.getYear()));
    }

    private ReportContent content(AnnualReport report, RequestTable table) {
        return ReportContent.of(agencies.agencyName(), report, table, remedies.tally(report.getYear()));
    }

    private AnnualReport change(int year, long seenVersion, Consumer<AnnualReport> action) {
        years.existing(year);
        AnnualReport report = find(year).orElse(null);
        if (report == null) {
            if (seenVersion >= 0) {
                throw new ConcurrentChangeException(TYPE, year);
            }
            report = AnnualReport.draft(year, caller(), LocalDateTime.now(clock));
            action.accept(report);
            em.persist(report);
        } else {
            ConcurrentChangeException.check(TYPE, year, seenVersion, report.getVersion());
            action.accept(report);
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException lost) { // a lost race: stale version, or the year saved meanwhile
            throw new ConcurrentChangeException(TYPE, year);
        }
        return report;
    }

    Optional<AnnualReport> find(int year) {
        return em.createNamedQuery(AnnualReport.BY_YEAR, AnnualReport.class).setParameter("year", year)
                .getResultStream().findFirst();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
