package cn.xxgk.assessment.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.DISCIPLINE;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.assessment.control.AssessmentWorkbook;
import cn.xxgk.assessment.control.DepartmentScores;
import cn.xxgk.assessment.entity.AssessmentRecord;
import cn.xxgk.assessment.entity.Rating;
import cn.xxgk.catalogue.boundary.CatalogueSettings;
import cn.xxgk.catalogue.boundary.PublicationFigures;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.MessageBundle;
import cn.xxgk.request.boundary.RequestReferences;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's assessment of the departments (seed 四), computed when asked from the records of the
 * catalogue (timeliness against Art. 26, completeness of the key content categories), of the
 * requests (replies on time, Art. 33) and of this component (ratings, commendations and
 * accountability records). A request counts for the department of its handler.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, DISCIPLINE})
public class Assessments {

    public static final int FIRST_YEAR = 2008;

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicationFigures publications;

    @Inject
    RequestReferences requests;

    @Inject
    AssessmentRecords records;

    @Inject
    Directory directory;

    @Inject
    CatalogueSettings catalogueSettings;

    @Inject
    Clock clock;

    public YearAssessment ofYear(int year) {
        checkYear(year);
        DepartmentScores scores = new DepartmentScores();
        publications.ofYear(year).forEach(item ->
                scores.publication(item.departmentId(), item.category(), item.published(), item.workingDaysLate()));
        Map<String, Long> departmentOfHandler = new LinkedHashMap<>();
        requests.repliedIn(year).forEach(reply -> scores.reply(departmentOfHandler.computeIfAbsent(
                reply.request().handler(), handler -> directory.departmentOf(handler).orElse(null)), reply.onTime()));
        em.createNamedQuery(Rating.OF_YEAR, Rating.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultStream().forEach(r -> scores.rating(r.getDepartmentId(), r.getScore()));
        records.ofYear(year).forEach(r -> scores.record(r.getDepartmentId(), r.getKind()));
        return new YearAssessment(year, scores.assess(departments(), catalogueSettings.keyContentDepartments()), scores.covered());
    }

    /** The year's figures and records as XLSX. */
    public byte[] xlsx(int year) {
        YearAssessment assessment = ofYear(year);
        List<AssessmentRecord> recorded = records.ofYear(year);
        return AssessmentWorkbook.xlsx(year, assessment.departments(), recorded, departments(),
                category -> MessageBundle.text("govinfo.key." + category.name()),
                kind -> MessageBundle.text("assessment.kind." + kind.name()));
    }

    private Map<Long, String> departments() {
        Map<Long, String> byId = new LinkedHashMap<>();
        for (Department d : directory.departments()) {
            byId.put(d.getId(), d.getName());
        }
        return byId;
    }

    private void checkYear(int year) {
        int current = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidInputException("assessment.year", FIRST_YEAR, current);
        }
    }
}
