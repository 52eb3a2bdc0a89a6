package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.DayOfReceipt;
import cn.xxgk.request.entity.OrganisationKind;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Aggregates of the requests for the statistics component: counted by the database (GROUP BY),
 * never by loading the requests. A request is counted from its day of receipt ({@link DayOfReceipt}:
 * online, the day the office confirmed it; one not yet confirmed is not received and not counted).
 * The day a request ended is its reply day; an abandoned request
 * (Art. 30) or a petition set aside (Art. 39) ends on the day of that step.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
public class RequestTallies {

    static final String SELECT_ENDED = """
            SELECT r.applicant_type, r.organisation_kind, """ + " " + DayOfReceipt.SQL + " " + """
             AS received_on, r.outcome, r.outcome_reason,
                   COALESCE(r.replied_on, CASE WHEN r.state IN ('ABANDONED', 'NOT_A_REQUEST', 'REPLIED', 'CLOSED') THEN
                       (SELECT MAX(COALESCE(s.stated_on, DATE(s.occurred_at))) FROM request_step s
                        WHERE s.request_id = r.id AND s.to_state = r.state) END) AS ended_on""";

    static final String FROM_REQUESTS = """

            FROM disclosure_request r
            WHERE r.state <> 'SPLIT' AND """ + " " + DayOfReceipt.SQL + " " + """
             <= ?2 AND (r.replied_on >= ?1 OR r.replied_on IS NULL)""";

    /**
     * Every request but a split one, with its day of receipt and the day it ended (null while open), received up to ?2 and
     * not replied before ?1: two ranges of the index ix_disclosure_request_tally (replied from ?1 on,
     * or not replied), so a year's count reads the year's rows and the unreplied ones, not all history;
     * the index holds every column the day of receipt is read from (V24), so it covers the query.
     */
    static final String ENDED = SELECT_ENDED + FROM_REQUESTS;

    @PersistenceContext
    EntityManager em;

    /**
     * The requests a year's report counts (国办公开办函〔2021〕30号, 三): received up to its end and not
     * ended before its start, grouped by applicant kind, carried over or new, ended in it or not, outcome.
     */
    public List<RequestTally> annualTally(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT t.applicant_type, t.organisation_kind, t.received_on < ?1,
                               t.ended_on IS NOT NULL AND t.ended_on <= ?2, t.outcome, t.outcome_reason, COUNT(*)
                        FROM (""" + ENDED + """
                        ) t
                        WHERE t.ended_on IS NULL OR t.ended_on >= ?1
                        GROUP BY 1, 2, 3, 4, 5, 6""")
                .setParameter(1, first).setParameter(2, last).getResultList();
        return rows.stream().map(r -> new RequestTally(ApplicantType.valueOf((String) r[0]),
                r[1] == null ? null : OrganisationKind.valueOf((String) r[1]), truth(r[2]), truth(r[3]),
                r[4] == null ? null : ReplyOutcome.valueOf((String) r[4]),
                r[5] == null ? null : ReplyReason.valueOf((String) r[5]), ((Number) r[6]).longValue())).toList();
    }

    /**
     * The numbers of the requests that ended in the year without the outcome (and reason) the annual
     * report needs to count them: the requests behind a failing balance check.
     */
    public List<String> endedWithoutOutcome(int year) {
        @SuppressWarnings("unchecked")
        List<Object> numbers = em.createNativeQuery("SELECT t.request_number FROM (" + SELECT_ENDED + ", r.request_number"
                        + FROM_REQUESTS + """
                        ) t
                        WHERE t.ended_on BETWEEN ?1 AND ?2
                          AND (t.outcome IS NULL
                               OR (t.outcome NOT IN ('DISCLOSED', 'PARTIALLY_DISCLOSED') AND t.outcome_reason IS NULL))
                        ORDER BY t.request_number""")
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31))
                .setMaxResults(200).getResultList();
        return numbers.stream().map(String::valueOf).toList();
    }

    /**
     * The requests received from first to last by their day of receipt (split ones left out, an online
     * request not yet confirmed too: not received yet, Art. 31(3)), counted for the live statistics.
     */
    public List<RequestCount> received(LocalDate first, LocalDate last, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.channel, r.applicant_type, r.organisation_kind, r.state, r.outcome,
                               CASE WHEN d.due_date IS NULL THEN 'NONE'
                                    WHEN r.replied_on IS NOT NULL THEN IF(r.replied_on <= d.due_date, 'ON_TIME', 'LATE')
                                    WHEN r.state IN ('RECEIVED', 'ACCEPTED', 'AWAITING_CORRECTION',
                                                     'THIRD_PARTY_CONSULTATION', 'AGENCY_CONSULTATION')
                                        THEN IF(?3 > d.due_date, 'LATE', 'RUNNING')
                                    ELSE 'NONE' END,
                               COUNT(*)
                        FROM disclosure_request r LEFT JOIN deadline d ON d.id = r.reply_deadline_id
                        WHERE r.state <> 'SPLIT' AND """ + " " + DayOfReceipt.SQL + " " + """
                         BETWEEN ?1 AND ?2
                        GROUP BY 1, 2, 3, 4, 5, 6""")
                .setParameter(1, first).setParameter(2, last).setParameter(3, today).getResultList();
        return rows.stream().map(r -> new RequestCount((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).longValue())).toList();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
