package cn.xxgk.request.control;

import cn.xxgk.letter.control.ReplyWording;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which statutory wording the reply letter uses for a reply as the request records it. The
 * classification of the annual report ({@link ReplyOutcome} and {@link ReplyReason}) is the source
 * of truth: it is what the request stores, the API speaks and the statistics count; the letter's
 * {@link ReplyWording} only picks the template. Every sub-row has exactly one wording, with two
 * choices the classification cannot make by itself:
 * <ul>
 * <li>予以公开: already proactively disclosed (Art. 36(1), tell where it is published) or disclosed
 *     now (Art. 36(2));</li>
 * <li>本机关不掌握: another agency is responsible and is named (Art. 36(5)), or the information does
 *     not exist (Art. 36(4)).</li>
 * </ul>
 * A partial disclosure (Art. 37) has one wording whatever its withholding reason: the letter gives
 * the handler's reasons.
 */
public final class ReplyWordings {

    private static final Map<ReplyReason, ReplyWording> BY_REASON = new EnumMap<>(ReplyReason.class);

    static {
        BY_REASON.put(ReplyReason.STATE_SECRET, ReplyWording.NOT_DISCLOSED_STATE_SECRET);
        BY_REASON.put(ReplyReason.PROHIBITED_BY_LAW, ReplyWording.NOT_DISCLOSED_PROHIBITED_BY_LAW);
        BY_REASON.put(ReplyReason.ENDANGERS_SECURITY_STABILITY, ReplyWording.NOT_DISCLOSED_SECURITY_AND_STABILITY);
        BY_REASON.put(ReplyReason.THIRD_PARTY_RIGHTS, ReplyWording.NOT_DISCLOSED_THIRD_PARTY_RIGHTS);
        BY_REASON.put(ReplyReason.INTERNAL_AFFAIRS, ReplyWording.NOT_DISCLOSED_INTERNAL_AFFAIRS);
        BY_REASON.put(ReplyReason.PROCESS_INFORMATION, ReplyWording.NOT_DISCLOSED_PROCESS_INFORMATION);
        BY_REASON.put(ReplyReason.LAW_ENFORCEMENT_FILE, ReplyWording.NOT_DISCLOSED_ENFORCEMENT_FILE);
        BY_REASON.put(ReplyReason.ADMINISTRATIVE_QUERY, ReplyWording.NOT_DISCLOSED_ADMINISTRATIVE_QUERY);
        BY_REASON.put(ReplyReason.NOT_HELD, ReplyWording.NOT_HELD_DOES_NOT_EXIST);
        BY_REASON.put(ReplyReason.NEEDS_CREATION, ReplyWording.NEEDS_CREATION);
        BY_REASON.put(ReplyReason.STILL_UNCLEAR_AFTER_CORRECTION, ReplyWording.UNCLEAR_AFTER_CORRECTION);
        BY_REASON.put(ReplyReason.PETITION_COMPLAINT, ReplyWording.PETITION_OR_COMPLAINT);
        BY_REASON.put(ReplyReason.REPEATED_REQUEST, ReplyWording.REPEAT_REQUEST);
        BY_REASON.put(ReplyReason.PUBLISHED_MATERIAL, ReplyWording.PUBLICATION);
        BY_REASON.put(ReplyReason.EXCESSIVE_REQUESTS, ReplyWording.EXCESSIVE_REQUESTS);
        BY_REASON.put(ReplyReason.CONFIRM_OR_REISSUE, ReplyWording.CONFIRMATION_OR_REISSUE);
        BY_REASON.put(ReplyReason.CORRECTION_OVERDUE, ReplyWording.NO_CORRECTION_IN_TIME);
        BY_REASON.put(ReplyReason.FEE_OVERDUE, ReplyWording.FEE_NOT_PAID);
        BY_REASON.put(ReplyReason.OTHER, ReplyWording.OTHER);
    }

    private ReplyWordings() {
    }

    /**
     * The wording of the reply letter.
     *
     * @param outcome the result row (required)
     * @param reason its sub-row: none for 予以公开, the withholding reason for 部分公开, else required
     * @param alreadyPublished 予以公开 only: the information is already proactively disclosed
     * @param otherAgencyNamed 本机关不掌握 only: the competent agency is named in the letter
     */
    public static ReplyWording of(ReplyOutcome outcome, ReplyReason reason, boolean alreadyPublished,
                                  boolean otherAgencyNamed) {
        Objects.requireNonNull(outcome, "outcome");
        return switch (outcome) {
            case DISCLOSED -> alreadyPublished ? ReplyWording.ALREADY_PUBLISHED : ReplyWording.DISCLOSED;
            case PARTIALLY_DISCLOSED -> ReplyWording.PARTLY_DISCLOSED;
            default -> {
                if (reason == null || !reason.fits(outcome)) {
                    throw new IllegalArgumentException(reason + " is not a reason of " + outcome);
                }
                yield reason == ReplyReason.NOT_HELD && otherAgencyNamed ? ReplyWording.NOT_HELD_OTHER_AGENCY
                        : BY_REASON.get(reason);
            }
        };
    }

    /** The wording of a reply already recorded on a request, without the two choices (for a report back of an older reply). */
    public static ReplyWording of(ReplyOutcome outcome, ReplyReason reason) {
        return of(outcome, reason, false, false);
    }
}
