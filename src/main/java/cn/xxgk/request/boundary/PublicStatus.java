package cn.xxgk.request.boundary;

import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestStep;
import cn.xxgk.request.entity.TimelineEntry;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the portal tells the holder of a request's query code: the state (a key of public.state.*,
 * the screens say it in plain words), the day filed, the day of receipt (Art. 31(3): the office's
 * confirmation, null until then), the reply's due date from the deadline engine (null while
 * unconfirmed or paused), the steps meant for the applicant and the letters addressed to the
 * applicant. No personal data but the masked name.
 */
public record PublicStatus(String number, String maskedName, String state, LocalDate filedOn, LocalDate receivedOn,
                           LocalDate replyDue, List<Step> steps, List<Letter> letters) implements Serializable {

    /** The state of a request filed online that the office has not confirmed yet. */
    public static final String AWAITING_CONFIRMATION = "AWAITING_CONFIRMATION";

    /** The steps an applicant is told of; the office's own (hand-over, repeat links, requests for an extension) are not. */
    static final Set<RequestStep> FOR_APPLICANT = EnumSet.of(RequestStep.REGISTERED, RequestStep.RECEIPT_CONFIRMED,
            RequestStep.ACCEPTED, RequestStep.SPLIT, RequestStep.SPLIT_OFF, RequestStep.CORRECTION_NOTICE_SENT,
            RequestStep.CORRECTION_RECEIVED, RequestStep.ABANDONED, RequestStep.THIRD_PARTY_CONSULTED,
            RequestStep.THIRD_PARTY_ANSWERED, RequestStep.AGENCY_CONSULTED, RequestStep.AGENCY_ANSWERED,
            RequestStep.EXTENSION_APPROVED, RequestStep.REASONS_ASKED, RequestStep.REPLIED, RequestStep.DELIVERED,
            RequestStep.NOT_A_REQUEST);

    /** A step on a day (the day stated for it, else the day recorded); {@code step} is a RequestStep name. */
    public record Step(LocalDate on, String step) implements Serializable {
    }

    /** A letter to the applicant, downloadable with the query code. */
    public record Letter(Long id, String kind, String number, LocalDate letterDate) implements Serializable {
    }

    static PublicStatus of(DisclosureRequest r, LocalDate replyDue, List<IssuedLetter> letters) {
        String state = r.awaitsReceiptConfirmation() ? AWAITING_CONFIRMATION : r.getState().name();
        List<Step> steps = r.getTimeline().stream().filter(t -> FOR_APPLICANT.contains(t.getStep()))
                .map(t -> new Step(dayOf(t), t.getStep().name())).toList();
        List<Letter> mine = letters.stream().filter(l -> l.kind().recipient() == LetterKind.Recipient.APPLICANT)
                .map(l -> new Letter(l.id(), l.kind().name(), l.number(), l.letterDate())).toList();
        return new PublicStatus(r.getNumber(), mask(r.getApplicant().getName()), state, r.getReceivedOn(),
                r.legalReceiptDay(), r.awaitsReceiptConfirmation() ? null : replyDue, steps, mine);
    }

    /** The first character, the rest as stars (at most five): 张三 → 张*, 某某科技有限公司 → 某*****. */
    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(Math.max(1, Math.min(5, n.codePointCount(first, n.length()))));
    }

    private static LocalDate dayOf(TimelineEntry t) {
        return t.getStatedOn() != null ? t.getStatedOn() : t.getOccurredAt().toLocalDate();
    }
}
