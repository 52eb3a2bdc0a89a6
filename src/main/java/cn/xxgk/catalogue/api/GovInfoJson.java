package cn.xxgk.catalogue.api;

import static cn.xxgk.platform.control.InputRules.isoDate;

import cn.xxgk.catalogue.boundary.AttributeDecision;
import cn.xxgk.catalogue.boundary.DraftInput;
import cn.xxgk.catalogue.boundary.QueueRow;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.DraftContent;
import cn.xxgk.catalogue.entity.ExemptionGround;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoStep;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.entity.StepRecord;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The JSON of /api/v1/gov-info: the bodies the chain's commands take, the views they answer
 * with, and the parsing of their fields with Chinese messages (a bad value is a 400 naming the
 * field). Fields are only ever added, never renamed. A text's {@link Size} is its column's, checked
 * before the boundary runs (platform's BodyCheck); texts without one are free texts (TEXT columns).
 */
public final class GovInfoJson {

    /** The most characters of a body (its column is a MEDIUMTEXT). */
    static final int MAX_BODY = 1_000_000;

    private GovInfoJson() {
    }

    /** The drafting sheet; enumerations by name, dates yyyy-MM-dd. */
    public record Draft(String title, @Size(max = MAX_BODY) String body, @Size(max = DraftContent.MAX_DOCUMENT_TYPE) String documentType,
                        @Size(max = 60) String documentNumber, String writtenDate, String subjectCategory,
                        @Size(max = 100) String subjectSubcategory, String keyContentCategory,
                        Boolean officialDocument, String attribute, String exemptionGround, String exemptionReason,
                        Boolean involvesOtherAgency, @Size(max = 200) String otherAgencyName, Long version) {
    }

    /** The body of every step command; each uses the fields it needs. */
    public record Command(Long version, @Size(max = StepRecord.MAX_COMMENT) String comment, String attribute, String changeReason, String exemptionGround,
                          String exemptionReason, String question, String answer, String outcome, String level,
                          String text, @Size(max = 200) String confirmedBy, String publishedDate,
                          List<Channel> channels,
                          String confirmedOn) {
    }

    public record Channel(@Size(max = 32) String channel, String date, @Size(max = 500) String reference) {
    }

    /** A step of the history: {@code at} when it was recorded, {@code statedOn} the day the user stated it happened. */
    public record StepView(String step, String fromState, String toState, String actor, String comment,
                           LocalDateTime at, LocalDate statedOn) {
        static StepView of(GovInfoStep s) {
            return new StepView(s.getStep().name(), s.getFromState() == null ? null : s.getFromState().name(),
                    s.getToState().name(), s.getActor(), s.getComment(), s.getOccurredAt(), s.getStatedOn());
        }
    }

    public record GovInfoView(Long id, String state, Long departmentId, String title, String body, String bodyHtml,
                              String documentType, String documentNumber, LocalDate writtenDate,
                              String subjectCategory, String subjectSubcategory, String keyContentCategory,
                              boolean officialDocument, String attribute, String attributeChangeReason,
                              String exemptionGround, String exemptionReason, String classificationLevel,
                              boolean involvesOtherAgency, String otherAgencyName, LocalDateTime otherAgencyConfirmedAt,
                              String signedOffBy, String indexNumber, LocalDate publishedDate, List<Channel> channels,
                              int infoVersion, Long previousId, Long publicationDeadlineId, String lastComment,
                              long version, List<StepView> steps, String exemptionApprovedBy,
                              String signOffDelegation, String classifiedBy, LocalDateTime classifiedAt) {
        static GovInfoView of(GovInfo g, List<GovInfoStep> steps) {
            return new GovInfoView(g.getId(), g.getState().name(), g.getDepartmentId(), g.getTitle(), g.getBodyText(),
                    g.getBodyHtml(), g.getDocumentType(), g.getDocumentNumber(), g.getWrittenDate(),
                    g.getSubjectCategory().name(), g.getSubjectSubcategory(), name(g.getKeyContentCategory()),
                    g.isOfficialDocument(), g.getAttribute().name(), g.getReview().getAttributeChangeReason(),
                    name(g.getExemptionGround()), g.getExemptionReason(), name(g.getClassificationLevel()),
                    g.isInvolvesOtherAgency(), g.getOtherAgencyName(), g.getPublication().getOtherAgencyConfirmedAt(),
                    g.getSignedOffBy(), g.getIndexNumber(), g.getPublishedDate(),
                    g.getChannels().stream().map(ch -> new Channel(ch.getChannel(),
                            ch.getPublishedOn().toString(), ch.getReference())).toList(),
                    g.getInfoVersion(), g.getPreviousId(), g.getPublicationDeadlineId(), g.getLastComment(),
                    g.getVersion(), steps == null ? null : steps.stream().map(StepView::of).toList(),
                    g.getReview().getExemptionApprovedBy(), name(g.getSignOff().getDelegation()),
                    g.getSecrecy().getClassifiedBy(), g.getSecrecy().getClassifiedAt());
        }
    }

    /** An item late against its publication deadline, by how many working days. */
    public record LateView(Long id, String title, String state, String department, LocalDate writtenDate,
                           LocalDate dueDate, LocalDate publishedDate, int workingDaysLate) {
        static LateView of(QueueRow row) {
            GovInfo g = row.info();
            return new LateView(g.getId(), g.getTitle(), g.getState().name(), row.departmentName(), g.getWrittenDate(),
                    row.deadline() == null ? null : row.deadline().dueDate(), g.getPublishedDate(), row.workingDaysLate());
        }
    }

    static int parseYear(String year) {
        try {
            int y = Integer.parseInt(year);
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException notANumber) {
            // the problem below
        }
        throw new InvalidInputException("catalogue.api.badValue", "year", year);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    // ---- parsing with Chinese messages -----------------------------------------------------

    static GovInfoView view(GovInfo info) {
        return GovInfoView.of(info, null);
    }

    static DraftInput input(Draft d) {
        if (d == null) {
            throw new InvalidInputException("catalogue.invalid.titleRequired");
        }
        return new DraftInput(d.title(), d.body(), d.documentType(), d.documentNumber(),
                isoDate(d.writtenDate(), "writtenDate"), parse(SubjectCategory.class, d.subjectCategory(), "subjectCategory"),
                d.subjectSubcategory(), parse(KeyContentCategory.class, d.keyContentCategory(), "keyContentCategory"),
                Boolean.TRUE.equals(d.officialDocument()), parse(DisclosureAttribute.class, d.attribute(), "attribute"),
                parse(ExemptionGround.class, d.exemptionGround(), "exemptionGround"), d.exemptionReason(),
                Boolean.TRUE.equals(d.involvesOtherAgency()), d.otherAgencyName());
    }

    static AttributeDecision decision(Command c) {
        return new AttributeDecision(parse(DisclosureAttribute.class, c.attribute(), "attribute"), c.changeReason(),
                parse(ExemptionGround.class, c.exemptionGround(), "exemptionGround"), c.exemptionReason());
    }

    static long version(Command c) {
        return c == null ? missingVersion() : version(c.version());
    }

    static long version(Long version) {
        return version == null ? missingVersion() : version;
    }

    static long missingVersion() {
        throw new InvalidInputException("catalogue.api.versionRequired");
    }

    static String text(Command c, java.util.function.Function<Command, String> field) {
        return field.apply(c);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("catalogue.api.badValue", field, value);
        }
    }

    static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("catalogue.api.missing", field);
        }
        return value.strip();
    }

    static LocalDate requiredDate(String value, String field) {
        LocalDate date = isoDate(value, field);
        if (date == null) {
            throw new InvalidInputException("catalogue.api.missing", field);
        }
        return date;
    }

}
