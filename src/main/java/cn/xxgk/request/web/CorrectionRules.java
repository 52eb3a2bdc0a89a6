package cn.xxgk.request.web;

import cn.xxgk.request.entity.Correction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The numbers of Art. 30 the correction forms state, taken from {@link Correction} (and through it
 * from the deadline kinds) rather than written into the messages: the working days to issue the
 * notice, and the full reply period that runs again from the corrected request.
 */
@Named
@ApplicationScoped
public class CorrectionRules {

    public int getNoticeWorkingDays() {
        return Correction.noticeWorkingDays();
    }

    public int getRestartedReplyWorkingDays() {
        return Correction.restartedReplyWorkingDays();
    }
}
