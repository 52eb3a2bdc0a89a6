package cn.xxgk.request.boundary;

import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.entity.Reply;
import cn.xxgk.request.entity.ReplyReason;
import cn.xxgk.request.entity.RequestForm;

/**
 * What the reply letter says beyond the classification: whether the information is already
 * proactively disclosed (Art. 36(1)), and the agency responsible for it when another agency is
 * (Art. 36(5)), with its contact: both, and only for 本机关不掌握 ({@link Reply#namesCompetentAgency}).
 */
public record ReplyLetterDetails(boolean alreadyPublished, String competentAgency, String competentAgencyContact)
        implements java.io.Serializable {

    public static final ReplyLetterDetails NONE = new ReplyLetterDetails(false, null, null);

    /** Whether the letter names the competent agency; refuses a name without contact and the reverse. */
    boolean namesAgency(ReplyReason reason) {
        for (String text : new String[] {competentAgency, competentAgencyContact}) {
            if (text != null && text.strip().length() > RequestForm.MAX_NAME) {
                throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_NAME);
            }
        }
        return Reply.namesCompetentAgency(reason, competentAgency, competentAgencyContact);
    }

    String agency() {
        return stripped(competentAgency);
    }

    String contact() {
        return stripped(competentAgencyContact);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
