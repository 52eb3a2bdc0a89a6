package cn.xxgk.request.api;

import static cn.xxgk.platform.control.InputRules.isoDate;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.entity.StepRecord;
import jakarta.validation.constraints.Size;
import cn.xxgk.request.boundary.IssuedLetter;
import cn.xxgk.request.boundary.Receipt;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.OrganisationKind;
import cn.xxgk.request.entity.RequestForm;
import cn.xxgk.request.entity.TimelineEntry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of /api/v1/requests: the bodies the commands take, the views they answer with, and the
 * parsing of their fields with Chinese messages (a bad value is a 400 naming the field). Fields are
 * only ever added, never renamed. The mapping of a whole request, which asks the registry, is in
 * {@link RequestViews}.
 */
public final class RequestJson {

    /** The most characters of an intake token (the Idempotency-Key header or intakeToken). */
    static final int MAX_TOKEN = 64;

    /** The rows a list answers with unless {@code max} asks for others, and the most it may ask for. */
    static final int DEFAULT_ROWS = 200;
    static final int MAX_ROWS = 500;

    private RequestJson() {
    }

    /** The request form; enumerations by name, dates yyyy-MM-dd. */
    public record Intake(String channel, String receivedOn, String applicantType, String organisationKind,
                         String applicantName, String contactPerson, String idDocumentType, String idNumber,
                         String phone, String email, String postalAddress, String postcode, String description,
                         String formWanted, String deliveryWanted, Handover handover,
                         @Size(max = MAX_TOKEN) String intakeToken) {
        @Override
        public String toString() {
            return "Intake[" + channel + "]"; // never the identity number in a log
        }
    }

    public record Handover(@Size(max = 200) String from, String on, String what, @Size(max = 100) String reference) {
    }

    /** The body of every step command; each uses the fields it needs. */
    public record Command(Long version, String signedForOn, String applicantConfirmedOn, String agencyConfirmedOn,
                         @Size(max = 100) String handler, List<String> parts, String sentOn, String correctBy, String text,
                         String receivedOn, String description, String kind, String party, String matter, String answer,
                         String reason, String noticeText, String noticeOn, Integer workingDays,
                         Boolean approve, @Size(max = StepRecord.MAX_COMMENT) String comment, String outcome, String howToObtain, String repliedOn,
                         Boolean alreadyPublished, String competentAgency, String competentAgencyContact,
                         String method, String deliveredOn, String reference, String note, String earlierNumber,
                         String result, String reportedOn, List<Long> letterIds, String purpose,
                         String letterDelivery, String askedOn) {
    }

    public record ReceiptView(Long id, String number, String queryCode, LocalDate receivedOn, boolean duplicate,
                              String repeatOfNumber, long version) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.id(), r.number(), r.queryCode(), r.receivedOn(), r.duplicate(), r.repeatOfNumber(),
                    r.version());
        }
    }

    public record FullNumber(String idNumber) {
    }

    public record DeadlineView(String state, LocalDate dueDate, int remainingWorkingDays, boolean provisional) {
        static DeadlineView of(DeadlineStatus s) {
            return s == null ? null : new DeadlineView(s.state().name(), s.dueDate(), s.remainingWorkingDays(), s.provisional());
        }
    }

    /** A step of the timeline, with the letter it issued (id and kind), if any. */
    public record StepView(String step, String fromState, String toState, String actor, String comment,
                           LocalDate replyDueOn, LocalDateTime at, Long letterId, String letterKind, LocalDate statedOn) {
        static StepView of(TimelineEntry t, Map<Long, IssuedLetter> letterOfStep) {
            IssuedLetter letter = letterOfStep.get(t.getId());
            return new StepView(t.getStep().name(), name(t.getFromState()), t.getToState().name(), t.getActor(),
                    t.getComment(), t.getReplyDueOn(), t.getOccurredAt(), letter == null ? null : letter.id(),
                    letter == null ? null : letter.kind().name(), t.getStatedOn());
        }
    }

    /** A letter kept with the request; {@code pdf} is its address under /api/v1. */
    public record LetterView(Long id, String kind, String kindTitle, String outcome, String number, LocalDate letterDate,
                             String addressee, int sizeBytes, String createdBy, LocalDateTime createdAt, Long stepId,
                             String pdf) {
        static LetterView of(IssuedLetter l) {
            return new LetterView(l.id(), l.kind().name(), LetterTemplates.kindTitle(l.kind()), name(l.outcome()),
                    l.number(), l.letterDate(), l.addressee(), l.sizeBytes(), l.createdBy(), l.createdAt(), l.stepId(),
                    "requests/letters/" + l.id());
        }
    }

    public record ConsultationView(Long id, String kind, String party, String matter, LocalDate sentOn, String answer,
                                   LocalDate answeredOn, String answerText, DeadlineView answerDeadline,
                                   String overrideReason, String overrideNoticeText, LocalDate overrideNoticeOn,
                                   Long overrideLetterId, String letterDelivery, LocalDate letterReceivedOn) {
    }

    public record RequestSummary(Long id, String number, String state, String channel, String applicantName,
                                 String applicantType, LocalDate receivedOn, String handler, String outcome,
                                 DeadlineView deadline, long version) {
        static RequestSummary of(DisclosureRequest r, DeadlineStatus status) {
            return new RequestSummary(r.getId(), r.getNumber(), r.getState().name(), r.getChannel().name(),
                    r.getApplicant().getName(), r.getApplicant().getType().name(), r.getReceivedOn(), r.getHandler(),
                    name(r.getReply().getOutcome()), DeadlineView.of(status), r.getVersion());
        }
    }

    public record RequestView(Long id, String number, String parentNumber, Integer partNo, List<String> partNumbers,
                              String state, String channel, LocalDate receivedOn, String applicantType,
                              String organisationKind, String applicantName, String contactPerson,
                              String idDocumentType, String idNumberMasked, String phone, String email,
                              String postalAddress, String postcode, String description, String formWanted,
                              String deliveryWanted, Handover handover, String handler, LocalDate clockStartOn,
                              LocalDate acceptedOn, Long replyDeadlineId, DeadlineView deadline,
                              LocalDate correctionNoticeOn, LocalDate correctionDueOn, String correctionNoticeText,
                              LocalDate correctionReceivedOn, int extensionGrantedDays, Integer extensionPendingDays,
                              String extensionReason, List<ConsultationView> consultations, String outcome,
                              String outcomeReason, String replyText, String howToObtain, LocalDate repliedOn,
                              Long replyLetterId, String deliveredBy, LocalDate deliveredOn, String deliveryReference,
                              String notRequestNote, String repeatOfNumber, String reportResult,
                              LocalDate reportedBackOn, List<Long> reportLetterIds, long version,
                              List<StepView> timeline, Map<String, List<String>> replyOptions,
                              LocalDate reasonsAskedOn, String reasonsAskedText) {
    }

    // ---- parsing -------------------------------------------------------------------------

    /** The form of an intake body; a missing body is a missing description (400). */
    static RequestForm form(Intake b) {
        if (b == null) {
            throw new InvalidInputException("request.invalid.descriptionRequired");
        }
        Handover h = b.handover();
        return new RequestForm(parse(Channel.class, b.channel(), "channel"), isoDate(b.receivedOn(), "receivedOn"),
                parse(ApplicantType.class, b.applicantType(), "applicantType"),
                parse(OrganisationKind.class, b.organisationKind(), "organisationKind"), b.applicantName(),
                b.contactPerson(), parse(IdentityDocumentType.class, b.idDocumentType(), "idDocumentType"), b.phone(),
                b.email(), b.postalAddress(), b.postcode(), b.description(),
                parse(FormWanted.class, b.formWanted(), "formWanted"),
                parse(DeliveryMethod.class, b.deliveryWanted(), "deliveryWanted"),
                h == null ? null : h.from(), h == null ? null : isoDate(h.on(), "handover.on"), h == null ? null : h.what(),
                h == null ? null : h.reference());
    }

    /** The version the caller saw; every step command needs it (400 without). */
    static long version(Command c) {
        if (c == null || c.version() == null) {
            throw new InvalidInputException("request.api.versionRequired");
        }
        return c.version();
    }

    /** A value the command cannot do without (400 naming the field). */
    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException("request.api.missing", field);
        }
        return value;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("request.api.badValue", field, value);
        }
    }

    static <E extends Enum<E>> E parseRequired(Class<E> type, String value, String field) {
        return required(parse(type, value, field), field);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
