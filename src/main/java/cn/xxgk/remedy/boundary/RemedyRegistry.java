package cn.xxgk.remedy.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.DISCIPLINE;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.remedy.entity.RemedyCase;
import cn.xxgk.remedy.entity.RemedyDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reading review and suit cases: a request's cases, one case, a document, and the year's tally. */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
public class RemedyRegistry {

    /** The first year a report may count (the Regulations in their present form). */
    public static final int FIRST_YEAR = 2008;

    @PersistenceContext
    EntityManager em;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    public RemedyCase find(Long id) {
        RemedyCase c = id == null ? null : em.find(RemedyCase.class, id);
        if (c == null) {
            throw new NotFoundException("remedy.notFound");
        }
        return c;
    }

    public List<RemedyCase> ofRequest(Long requestId) {
        return em.createNamedQuery(RemedyCase.OF_REQUEST, RemedyCase.class).setParameter("request", requestId)
                .getResultList();
    }

    /** The documents of cases, without their bytes, oldest first. */
    public List<DocumentInfo> documents(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT NEW cn.xxgk.remedy.boundary.DocumentInfo(d.id, d.caseId, d.fileName, d.contentType, d.sizeBytes, d.sha256)
                        FROM RemedyDocument d WHERE d.caseId IN :cases ORDER BY d.id""", DocumentInfo.class)
                .setParameter("cases", caseIds).getResultList();
    }

    /** One document with its bytes, checked against the checksum kept when it was uploaded. */
    public RemedyDocument document(Long documentId) {
        RemedyDocument d = documentId == null ? null : em.find(RemedyDocument.class, documentId);
        if (d == null) {
            throw new NotFoundException("remedy.document.notFound");
        }
        d.verify();
        return d;
    }

    /** Where the review's defence deadline stands today, if one was entered. */
    public Optional<DeadlineStatus> defenceDeadline(RemedyCase c) {
        return c.getDefenceDeadlineId() == null ? Optional.empty() : Optional.of(deadlines.status(c.getDefenceDeadlineId()));
    }

    /**
     * Section 四 of the annual report for {@code year} ({@link RemedyTally}): for the yearreport
     * component and the API. A year before {@value #FIRST_YEAR} or after the current one is refused.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, DISCIPLINE})
    public RemedyTally tally(int year) {
        int current = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidInputException("remedy.invalid.year", FIRST_YEAR, current);
        }
        List<RemedyCase> cases = em.createNamedQuery(RemedyCase.COUNTED_IN, RemedyCase.class)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
        return RemedyTally.of(year, cases);
    }
}
