package cn.xxgk.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.letter.control.ReplyWording;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request's classification (the annual report's rows, the source of truth) picks the reply
 * letter's wording: each sub-row its own, written out here by hand from the Regulations, the two
 * choices within one row, and no wording left that no classification reaches.
 */
class ReplyWordingsTest {

    static final ResourceBundle ZH = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);

    @ParameterizedTest
    @CsvSource({
            "NOT_DISCLOSED, STATE_SECRET, NOT_DISCLOSED_STATE_SECRET",
            "NOT_DISCLOSED, PROHIBITED_BY_LAW, NOT_DISCLOSED_PROHIBITED_BY_LAW",
            "NOT_DISCLOSED, ENDANGERS_SECURITY_STABILITY, NOT_DISCLOSED_SECURITY_AND_STABILITY",
            "NOT_DISCLOSED, THIRD_PARTY_RIGHTS, NOT_DISCLOSED_THIRD_PARTY_RIGHTS",
            "NOT_DISCLOSED, INTERNAL_AFFAIRS, NOT_DISCLOSED_INTERNAL_AFFAIRS",
            "NOT_DISCLOSED, PROCESS_INFORMATION, NOT_DISCLOSED_PROCESS_INFORMATION",
            "NOT_DISCLOSED, LAW_ENFORCEMENT_FILE, NOT_DISCLOSED_ENFORCEMENT_FILE",
            "NOT_DISCLOSED, ADMINISTRATIVE_QUERY, NOT_DISCLOSED_ADMINISTRATIVE_QUERY",
            "UNABLE_TO_PROVIDE, NOT_HELD, NOT_HELD_DOES_NOT_EXIST",
            "UNABLE_TO_PROVIDE, NEEDS_CREATION, NEEDS_CREATION",
            "UNABLE_TO_PROVIDE, STILL_UNCLEAR_AFTER_CORRECTION, UNCLEAR_AFTER_CORRECTION",
            "NOT_PROCESSED, PETITION_COMPLAINT, PETITION_OR_COMPLAINT",
            "NOT_PROCESSED, REPEATED_REQUEST, REPEAT_REQUEST",
            "NOT_PROCESSED, PUBLISHED_MATERIAL, PUBLICATION",
            "NOT_PROCESSED, EXCESSIVE_REQUESTS, EXCESSIVE_REQUESTS",
            "NOT_PROCESSED, CONFIRM_OR_REISSUE, CONFIRMATION_OR_REISSUE",
            "OTHER, CORRECTION_OVERDUE, NO_CORRECTION_IN_TIME",
            "OTHER, FEE_OVERDUE, FEE_NOT_PAID",
            "OTHER, OTHER, OTHER"
    })
    void eachSubRowHasItsWording(ReplyOutcome outcome, ReplyReason reason, ReplyWording expected) {
        assertEquals(expected, ReplyWordings.of(outcome, reason));
        assertEquals(expected, ReplyWordings.of(outcome, reason, true, false), "the already-published choice is for 予以公开 only");
        // the letter's label names the same row as the request's classification
        assertTrue(LetterTemplates.outcomeLabel(expected).startsWith(ZH.getString("request.outcome." + outcome.name())),
                LetterTemplates.outcomeLabel(expected));
    }

    @Test
    void disclosedNowOrAlreadyPublished() {
        assertEquals(ReplyWording.DISCLOSED, ReplyWordings.of(ReplyOutcome.DISCLOSED, null, false, false));
        assertEquals(ReplyWording.ALREADY_PUBLISHED, ReplyWordings.of(ReplyOutcome.DISCLOSED, null, true, false));
    }

    @Test
    void notHeldNamesTheCompetentAgencyWhenThereIsOne() {
        assertEquals(ReplyWording.NOT_HELD_DOES_NOT_EXIST,
                ReplyWordings.of(ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NOT_HELD, false, false));
        assertEquals(ReplyWording.NOT_HELD_OTHER_AGENCY,
                ReplyWordings.of(ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NOT_HELD, false, true));
        assertEquals(ReplyWording.NEEDS_CREATION,
                ReplyWordings.of(ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NEEDS_CREATION, false, true),
                "a named agency changes only the not-held wording");
    }

    @ParameterizedTest
    @EnumSource(value = ReplyReason.class, names = {"STATE_SECRET", "THIRD_PARTY_RIGHTS", "PROCESS_INFORMATION"})
    void aPartialDisclosureHasOneWordingWhateverIsWithheld(ReplyReason withheld) {
        assertEquals(ReplyWording.PARTLY_DISCLOSED, ReplyWordings.of(ReplyOutcome.PARTIALLY_DISCLOSED, withheld));
    }

    @Test
    void aReasonOfAnotherRowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReplyWordings.of(ReplyOutcome.NOT_DISCLOSED, ReplyReason.NOT_HELD));
        assertThrows(IllegalArgumentException.class, () -> ReplyWordings.of(ReplyOutcome.NOT_PROCESSED, null));
    }

    @Test
    void everyWordingIsReachedAndEverySubRowMapped() {
        Set<ReplyWording> reached = EnumSet.noneOf(ReplyWording.class);
        for (ReplyReason reason : ReplyReason.values()) {
            reached.add(ReplyWordings.of(reason.outcome(), reason, false, false));
            reached.add(ReplyWordings.of(reason.outcome(), reason, false, true));
        }
        reached.add(ReplyWordings.of(ReplyOutcome.DISCLOSED, null, false, false));
        reached.add(ReplyWordings.of(ReplyOutcome.DISCLOSED, null, true, false));
        reached.add(ReplyWordings.of(ReplyOutcome.PARTIALLY_DISCLOSED, ReplyReason.STATE_SECRET));
        assertEquals(EnumSet.allOf(ReplyWording.class), reached, "a letter wording no reply can choose");
    }
}
