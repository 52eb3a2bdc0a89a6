package cn.xxgk.request.web;

import cn.xxgk.calendar.control.DeadlineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The statutory periods the request pages mention, from {@link DeadlineKind} (the one place they are
 * set), for the message bundle's placeholders: #{legalPeriods.reply}.
 */
@Named
@ApplicationScoped
public class LegalPeriods {

    /** Art. 33: the reply's working days. */
    public int getReply() {
        return DeadlineKind.REPLY.workingDays();
    }

    /** Art. 33(2): the most all extensions may add. */
    public int getExtensionCap() {
        return DeadlineKind.REPLY.extensionCap();
    }

    /** Art. 32: a third party's working days to answer, from its receipt of the letter. */
    public int getThirdPartyAnswer() {
        return DeadlineKind.THIRD_PARTY_ANSWER.workingDays();
    }

    /** Art. 34: another agency's working days to answer, from its receipt of the letter. */
    public int getAgencyAnswer() {
        return DeadlineKind.INTER_AGENCY_ANSWER.workingDays();
    }

    /** Art. 30: the working days after receipt within which the one correction notice goes out. */
    public int getCorrectionNotice() {
        return DeadlineKind.CORRECTION_NOTICE.workingDays();
    }
}
