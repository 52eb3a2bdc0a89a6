package cn.xxgk.remedy.api;

import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.remedy.boundary.DocumentInfo;
import cn.xxgk.remedy.boundary.RemedyTally;
import cn.xxgk.remedy.entity.RemedyCase;
import cn.xxgk.remedy.entity.RemedyDocument;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;

/** The bodies and views of /api/v1/remedy-cases; enumerations by name, dates yyyy-MM-dd. */
public final class RemedyJson {

    private RemedyJson() {
    }

    public record NewCase(@Size(max = 24) String requestNumber, String kind, Long reviewCaseId,
                   @Size(max = RemedyCase.MAX_BODY) String body, @Size(max = RemedyCase.MAX_CASE_NUMBER) String caseNumber,
                   String receivedOn, @Size(max = RemedyCase.MAX_NOTE) String note, String copyReceivedOn) {
    }

    public record Command(Long version, String result, String decidedOn, String copyReceivedOn) {
    }

    public record CaseView(Long id, Long requestId, String requestNumber, String kind, Long reviewCaseId, String body,
                    String caseNumber, LocalDate receivedOn, LocalDate decidedOn, String result, String note,
                    LocalDate defenceDueDate, String defenceState, long version) {
        static CaseView of(RemedyCase c, DeadlineStatus defence) {
            return new CaseView(c.getId(), c.getRequestId(), c.getRequestNumber(), c.getKind().name(),
                    c.getReviewCaseId(), c.getBody(), c.getCaseNumber(), c.getReceivedOn(), c.getDecidedOn(),
                    c.getResult().name(), c.getNote(), defence == null ? null : defence.dueDate(),
                    defence == null ? null : defence.state().name(), c.getVersion());
        }
    }

    public record DocumentView(Long id, Long caseId, String fileName, String contentType, long sizeBytes, String sha256) {
        static DocumentView of(DocumentInfo d) {
            return new DocumentView(d.id(), d.caseId(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256());
        }

        static DocumentView of(RemedyDocument d) {
            return new DocumentView(d.getId(), d.getCaseId(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
                    d.getSha256());
        }
    }

    /** Section 四 as the national table has it: three groups, five columns each (总计 included). */
    public record TallyView(int year, Row review, Row suitWithoutReview, Row suitAfterReview) {
        static TallyView of(RemedyTally t) {
            return new TallyView(t.year(), Row.of(t.review()), Row.of(t.suitWithoutReview()), Row.of(t.suitAfterReview()));
        }
    }

    public record Row(long upheld, long corrected, long other, long pending, long total) {
        static Row of(RemedyTally.Row r) {
            return new Row(r.upheld(), r.corrected(), r.other(), r.pending(), r.total());
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("input.invalid", field);
        }
    }

    static long version(Command c) {
        if (c == null || c.version() == null) {
            throw new InvalidInputException("remedy.invalid.version");
        }
        return c.version();
    }
}
