package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.DISCIPLINE;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.request.control.KeyedHash;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.request.control.QueryCodes;
import cn.xxgk.request.entity.DisclosureRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Requests as other components see them ({@link RequestReference}): looked up by id or number for
 * the office's review cases, by number and query code for the applicant (the portal's status page
 * and the satisfaction rating), and the year's replies with their punctuality for the assessment.
 */
@Stateless
public class RequestReferences {

    /** The longest request number (e.g. 2026-00012-2) accepted as input. */
    public static final int MAX_NUMBER = 24;

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataKeys keys;

    @Inject
    Deadlines deadlines;

    @Inject
    PublicThrottles throttles;

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public Optional<RequestReference> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(DisclosureRequest.class, id)).map(RequestReference::of);
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public Optional<RequestReference> byNumber(String number) {
        return find(number).map(RequestReference::of);
    }

    /**
     * The request, when the query code given with its receipt matches (compared in constant time);
     * empty for an unknown number or a wrong code alike, so a caller cannot tell which was wrong.
     */
    @PermitAll
    public Optional<RequestReference> withQueryCode(String number, String queryCode) {
        if (queryCode == null || queryCode.isBlank() || queryCode.length() > 2 * QueryCodes.LENGTH) {
            return Optional.empty();
        }
        KeyedHash hash = keys.hash();
        byte[] typed = QueryCodes.hash(hash, queryCode);
        return find(number).filter(r -> r.getQueryCodeHash() != null && KeyedHash.same(r.getQueryCodeHash(), typed))
                .map(RequestReference::of);
    }

    /**
     * {@link #withQueryCode}, counted first against the status page's limits ({@link PublicThrottles#admitLookup}: per
     * client address and per request number, shared with the status page), for a call that tries a number and
     * a code without having read the status first (the rating): a code is guessed no faster here than there.
     *
     * @throws cn.xxgk.request.control.Throttled over a limit, before anything is checked
     */
    @PermitAll
    public Optional<RequestReference> withQueryCodeCounted(String number, String queryCode) {
        throttles.admitLookup(number);
        return withQueryCode(number, queryCode);
    }

    /**
     * The requests replied to within a year (a split request's parts, not the whole), each with
     * whether the reply came by its deadline (the due date the deadline engine kept at closing).
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, DISCIPLINE})
    public List<Punctuality> repliedIn(int year) {
        List<DisclosureRequest> replied = em.createQuery("""
                        SELECT r FROM DisclosureRequest r WHERE r.reply.repliedOn >= :from AND r.reply.repliedOn < :to""",
                        DisclosureRequest.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
        Map<Long, DeadlineStatus> statuses = deadlines.statuses(replied.stream()
                .map(r -> r.getClock().getReplyDeadlineId()).filter(Objects::nonNull).toList());
        return replied.stream().map(r -> {
            DeadlineStatus status = r.getClock().getReplyDeadlineId() == null ? null
                    : statuses.get(r.getClock().getReplyDeadlineId());
            LocalDate due = status == null ? null : status.dueDate();
            LocalDate on = r.getReply().getRepliedOn();
            return new Punctuality(RequestReference.of(r), due, deadlines.workingDaysLate(due, on));
        }).toList();
    }

    private Optional<DisclosureRequest> find(String number) {
        if (number == null || number.isBlank() || number.length() > MAX_NUMBER) {
            return Optional.empty();
        }
        return em.createNamedQuery(DisclosureRequest.BY_NUMBER, DisclosureRequest.class)
                .setParameter("number", number.strip()).getResultStream().findFirst();
    }

    /** A reply and how it kept its deadline: 0 working days late when on time (or without a deadline, on the spot). */
    public record Punctuality(RequestReference request, LocalDate dueDate, int workingDaysLate) {
        public boolean onTime() {
            return workingDaysLate == 0;
        }
    }
}
