package cn.xxgk.remedy.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.platform.control.AggregateCommands;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.remedy.control.DocumentCheck;
import cn.xxgk.remedy.entity.RemedyCase;
import cn.xxgk.remedy.entity.RemedyDocument;
import cn.xxgk.remedy.entity.RemedyKind;
import cn.xxgk.remedy.entity.RemedyResult;
import cn.xxgk.request.boundary.RequestReference;
import cn.xxgk.request.boundary.RequestReferences;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The office's commands on review and suit cases. A case always names an existing request (asked
 * of the request component; a case without its request is refused); the review's defence deadline
 * (行政复议法 Arts. 48, 88: 10 working days from receipt of the copy) is opened in the calendar's
 * deadline engine, whose reminders reach the case's responsible person like a request's; it is
 * closed when the defence is submitted or the case is decided.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
public class RemedyCases {

    public static final String TYPE = "RemedyCase";

    private static final AggregateCommands<RemedyCase> CASES =
            new AggregateCommands<>(RemedyCase.class, TYPE, RemedyCase::getVersion, "remedy.notFound");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestReferences requests;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    /**
     * What the office enters for a new case. {@code copyReceivedOn}, for a review: the day the copy of
     * the application arrived, which opens the defence deadline at once (optional; it can be entered later).
     */
    public record NewCase(String requestNumber, RemedyKind kind, Long reviewCaseId, String body, String caseNumber,
                          LocalDate receivedOn, String note, LocalDate copyReceivedOn) {
    }

    @Audited(action = "REMEDY_CASE_OPEN", objectType = TYPE, firstParameterNamesTheObject = false)
    public RemedyCase open(NewCase input) {
        if (input == null) {
            throw new InvalidInputException("remedy.invalid.requestNumber");
        }
        RequestReference request = requests.byNumber(InputRules.text(input.requestNumber(), "requestNumber",
                        RequestReferences.MAX_NUMBER, false))
                .orElseThrow(() -> new InvalidInputException("remedy.invalid.requestNumber"));
        RemedyCase review = input.reviewCaseId() == null ? null : CASES.load(em, input.reviewCaseId());
        RemedyCase c = RemedyCase.open(request.id(), request.number(), request.receivedOn(), input.kind(), review,
                InputRules.text(input.body(), "body", RemedyCase.MAX_BODY, false),
                InputRules.text(input.caseNumber(), "caseNumber", RemedyCase.MAX_CASE_NUMBER, false),
                InputRules.date(input.receivedOn(), "receivedOn", today()),
                InputRules.text(input.note(), "note", RemedyCase.MAX_NOTE, true), caller(), now());
        em.persist(c);
        CASES.flushed(em, null, c);
        if (input.copyReceivedOn() != null) {
            openDefenceDeadline(c, input.copyReceivedOn());
        }
        return c;
    }

    @Audited(action = "REMEDY_CASE_DECIDE", objectType = TYPE)
    public RemedyCase decide(Long id, long seenVersion, RemedyResult result, LocalDate decidedOn) {
        return CASES.change(em, id, seenVersion, c -> {
            c.decide(result, decidedOn, caller(), now());
            closeDefenceDeadline(c);
        });
    }

    /** The day the copy of the review application arrived: the 10 working days of the defence run from it. */
    @Audited(action = "REMEDY_DEFENCE_DEADLINE", objectType = TYPE)
    public RemedyCase enterDefenceDeadline(Long id, long seenVersion, LocalDate copyReceivedOn) {
        return CASES.change(em, id, seenVersion, c -> openDefenceDeadline(c, copyReceivedOn));
    }

    private void openDefenceDeadline(RemedyCase c, LocalDate copyReceivedOn) {
        if (copyReceivedOn == null || copyReceivedOn.isBefore(c.getReceivedOn()) || copyReceivedOn.isAfter(today())) {
            throw new InvalidInputException("remedy.invalid.copyReceivedOn", c.getReceivedOn(), today());
        }
        if (!c.takesDefenceDeadline()) {
            throw new InvalidInputException("remedy.invalid.defenceDeadline");
        }
        Deadline deadline = deadlines.open(TYPE, c.getId().toString(), DeadlineKind.REVIEW_DEFENCE, copyReceivedOn, caller());
        em.flush();
        c.attachDefenceDeadline(deadline.getId(), caller(), now());
        em.flush();
    }

    /** The defence was submitted: its deadline's reminders stop. */
    @Audited(action = "REMEDY_DEFENCE_SUBMITTED", objectType = TYPE)
    public RemedyCase defenceSubmitted(Long id, long seenVersion) {
        return CASES.change(em, id, seenVersion, c -> {
            if (c.getDefenceDeadlineId() == null) {
                throw new InvalidInputException("remedy.invalid.noDefenceDeadline");
            }
            closeDefenceDeadline(c);
        });
    }

    @Audited(action = "REMEDY_DOCUMENT_ADD", objectType = TYPE)
    public RemedyDocument addDocument(Long caseId, String fileName, byte[] content) {
        RemedyCase c = CASES.load(em, caseId);
        String type = DocumentCheck.contentType(fileName, content);
        RemedyDocument document = new RemedyDocument(c.getId(), fileName.strip(), type, content, caller(), now());
        em.persist(document);
        em.flush();
        return document;
    }

    private void closeDefenceDeadline(RemedyCase c) {
        if (c.getDefenceDeadlineId() != null) {
            deadlines.close(c.getDefenceDeadlineId()); // closing twice keeps the first closing
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
