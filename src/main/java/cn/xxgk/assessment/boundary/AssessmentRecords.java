package cn.xxgk.assessment.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.DISCIPLINE;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.assessment.entity.AssessmentRecord;
import cn.xxgk.assessment.entity.RecordKind;
import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Commendation and accountability records (seed 四): entered by the office or the discipline role
 * with their reason, audited, never changed afterwards; read by them and the leaders.
 */
@Stateless
public class AssessmentRecords {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, DISCIPLINE})
    @Audited(action = "ASSESSMENT_RECORD", objectType = "Department")
    public AssessmentRecord record(Long departmentId, Integer year, RecordKind kind, String person, String reason) {
        if (departmentId == null || directory.departmentName(departmentId) == null) {
            throw new InvalidInputException("assessment.record.department");
        }
        if (year == null) {
            throw new InvalidInputException("assessment.year", 2008, LocalDateTime.now(clock).getYear());
        }
        AssessmentRecord record = AssessmentRecord.of(departmentId, year, kind,
                InputRules.text(person, "person", AssessmentRecord.MAX_PERSON, false),
                InputRules.text(reason, "reason", AssessmentRecord.MAX_REASON, true),
                session.getCallerPrincipal().getName(), LocalDateTime.now(clock));
        em.persist(record);
        em.flush();
        return record;
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, DISCIPLINE})
    public List<AssessmentRecord> ofYear(int year) {
        return em.createNamedQuery(AssessmentRecord.OF_YEAR, AssessmentRecord.class).setParameter("year", year)
                .getResultList();
    }
}
