package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineState;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.calendar.control.Channel;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.request.control.ContactDetails;
import cn.xxgk.request.control.PersonalDataCipher;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.RequestState;
import cn.xxgk.request.entity.TimelineEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading requests: one with its timeline and deadline, lists for the office, the applicant's
 * contact data (kept encrypted) and the audited view of a full identity number. Every normal read
 * shows the masked number only.
 */
@Stateless
public class RequestRegistry {

    /** More than a municipal bureau receives in years; lists filtered by deadline are cut there. */
    static final int SCAN_LIMIT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Deadlines deadlines;

    @Inject
    PersonalDataKeys keys;

    @Inject
    AuditTrail audit;

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public DisclosureRequest find(Long id) {
        DisclosureRequest r = id == null ? null : em.find(DisclosureRequest.class, id);
        if (r == null) {
            throw new NotFoundException("request.notFound");
        }
        return r;
    }

    /**
     * The requests whose procedure ended (closed after delivery, abandoned, not a request) with
     * their last change in the year, by id: what the archive seals at year end. A split request's
     * parts are counted, the split parent is not (its parts carry its procedure).
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    public List<Long> endedIds(int year) {
        return em.createQuery("""
                        SELECT r.id FROM DisclosureRequest r WHERE r.state IN :ended
                        AND r.updatedAt >= :from AND r.updatedAt < :to ORDER BY r.id""", Long.class)
                .setParameter("ended", List.of(RequestState.CLOSED, RequestState.ABANDONED, RequestState.NOT_A_REQUEST))
                .setParameter("from", java.time.LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("to", java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .getResultList();
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public List<TimelineEntry> timeline(Long id) {
        find(id);
        return em.createQuery("SELECT t FROM TimelineEntry t WHERE t.request.id = :id ORDER BY t.id", TimelineEntry.class)
                .setParameter("id", id).getResultList();
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public List<DisclosureRequest> parts(Long id) {
        return em.createNamedQuery(DisclosureRequest.PARTS, DisclosureRequest.class).setParameter("parent", id)
                .getResultList();
    }

    /** The number of another request (a repeat's earlier one, a part's whole), for display. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public String numberOf(Long id) {
        DisclosureRequest r = id == null ? null : em.find(DisclosureRequest.class, id);
        return r == null ? null : r.getNumber();
    }

    /**
     * How to reach the applicant of a request, decrypted: shown in full to whoever may read the
     * request, as before it was encrypted (the office writes and calls with it). Refuses with the
     * missing setting's name when the key is not configured.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public ContactDetails contact(DisclosureRequest r) {
        return ContactDetails.opened(r.getApplicant().getSealedContact(), keys.cipher());
    }

    /** Where a deadline stands today (reply or a consultation's answer), if there is one. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public Optional<DeadlineStatus> status(Long deadlineId) {
        return deadlineId == null ? Optional.empty() : Optional.of(deadlines.status(deadlineId));
    }

    /**
     * Requests matching the filters, newest first, each with its reply deadline's status. The due
     * filters ask the deadline engine request by request (statuses are computed, not stored): fine
     * for the requests a bureau receives, and the scan stops at {@link #SCAN_LIMIT}.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public List<Listed> list(Filter filter, int max) {
        Filter f = filter == null ? new Filter(null, null, null, null, null) : filter;
        List<DisclosureRequest> found = em.createQuery("""
                        SELECT r FROM DisclosureRequest r
                        WHERE (:state IS NULL OR r.state = :state) AND (:channel IS NULL OR r.channel = :channel)
                          AND (:outcome IS NULL OR r.reply.outcome = :outcome) AND (:handler IS NULL OR r.handler = :handler)
                        ORDER BY r.id DESC""", DisclosureRequest.class)
                .setParameter("state", f.state()).setParameter("channel", f.channel())
                .setParameter("outcome", f.outcome()).setParameter("handler", f.handler())
                .setMaxResults(f.due() == null ? Math.max(1, Math.min(max, 500)) : SCAN_LIMIT)
                .getResultList();
        return found.stream()
                .map(r -> new Listed(r, r.getState().isOpen() && r.getClock().getReplyDeadlineId() != null
                        ? deadlines.status(r.getClock().getReplyDeadlineId()) : null))
                .filter(listed -> f.due() == null || f.due().matches(listed.status()))
                .limit(Math.max(1, Math.min(max, 500)))
                .toList();
    }

    /** How many requests stand in each state (of one handler, or all when null): the bars of the office's lists. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public Map<RequestState, Long> counts(String handler) {
        Map<RequestState, Long> counts = new EnumMap<>(RequestState.class);
        em.createQuery("""
                        SELECT r.state, COUNT(r) FROM DisclosureRequest r WHERE (:handler IS NULL OR r.handler = :handler)
                        GROUP BY r.state""", Object[].class)
                .setParameter("handler", handler)
                .getResultList()
                .forEach(row -> counts.put((RequestState) row[0], (Long) row[1]));
        return counts;
    }

    /** The requests whose extension waits for the office head's decision, oldest request first. */
    @RolesAllowed(OFFICE_HEAD)
    public List<Listed> awaitingExtensionDecision() {
        return em.createQuery("SELECT r FROM DisclosureRequest r WHERE r.extension.pendingDays IS NOT NULL ORDER BY r.id",
                        DisclosureRequest.class)
                .setMaxResults(SCAN_LIMIT).getResultList().stream()
                .map(r -> new Listed(r, r.getClock().getReplyDeadlineId() == null ? null
                        : deadlines.status(r.getClock().getReplyDeadlineId())))
                .toList();
    }

    /**
     * The full identity number, for the office head only: the office handles requests with the
     * masked form (the applicant shows the document at intake and pick-up, the last four characters
     * identify it); the full number is needed rarely, for an administrative review or a suit, which
     * the office head answers for. Every view is audited with its purpose, which is required.
     */
    @RolesAllowed(OFFICE_HEAD)
    public String fullIdNumber(Long id, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("request.invalid.purposeRequired");
        }
        String why = purpose.strip().length() > 200 ? purpose.strip().substring(0, 200) : purpose.strip();
        DisclosureRequest r = find(id);
        String plain = keys.cipher().decrypt(PersonalDataCipher.ID_NUMBER, r.getApplicant().getIdNumberCipher());
        audit.record("REQUEST_ID_NUMBER_VIEW", RequestIntake.TYPE, id, AuditResult.SUCCESS, "purpose: " + why);
        return plain;
    }

    /** The list filters; null means any. */
    public record Filter(RequestState state, Channel channel, ReplyOutcome outcome, Due due, String handler) {
    }

    /** Deadline filters of the office's lists. */
    public enum Due {
        /** Due within the reminder threshold or today. */
        SOON,
        OVERDUE;

        boolean matches(DeadlineStatus status) {
            if (status == null) {
                return false;
            }
            return this == OVERDUE ? status.state() == DeadlineState.OVERDUE
                    : status.state() == DeadlineState.DUE_SOON || status.state() == DeadlineState.DUE_TODAY;
        }
    }

    /** A request with its reply deadline's status today (null when no clock runs). */
    public record Listed(DisclosureRequest request, DeadlineStatus status) {
    }
}
