package cn.xxgk.request.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.platform.web.Messages;
import cn.xxgk.request.entity.RequestStep;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The timeline reads in Chinese: the entity's technical detail lines rendered through the bundle. */
class TimelineTextTest {

    static String zh(RequestStep step, String comment) {
        return TimelineText.detail(step, comment, key -> Messages.text(Locale.SIMPLIFIED_CHINESE, key));
    }

    @Test
    void theFixedWordsAndTheCodesOfAStepAreRenderedInChinese() {
        assertEquals("当面提交，收到日期 2026-03-02", zh(RequestStep.REGISTERED, "IN_PERSON 2026-03-02"));
        assertEquals("起算日 2026-03-02", zh(RequestStep.ACCEPTED, "clock start 2026-03-02"));
        assertEquals("起算日由 2026-03-02 改为 2026-03-04（按第三十一条确认的日期），答复期限自该日重新计算",
                zh(RequestStep.ACCEPTED, "clock start moved from 2026-03-02 to 2026-03-04"));
        assertEquals("甲公司 于 2026-03-05 签收征求意见函", zh(RequestStep.CONSULTATION_LETTER_RECEIVED, "甲公司: 2026-03-05"));
        assertEquals("2026-03-03 告知，补正期限 2026-03-20：请写明文件名称",
                zh(RequestStep.CORRECTION_NOTICE_SENT, "sent 2026-03-03, correct by 2026-03-20: 请写明文件名称"));
        assertEquals("甲公司：不同意公开（2026-03-09）涉及商业秘密",
                zh(RequestStep.THIRD_PARTY_ANSWERED, "甲公司: REFUSAL 2026-03-09 涉及商业秘密"));
        assertEquals("甲公司：逾期未答复（2026-03-30）", zh(RequestStep.THIRD_PARTY_ANSWERED, "甲公司: SILENCE 2026-03-30"));
        assertEquals("不予公开 属于国家秘密，答复日期 2026-03-25",
                zh(RequestStep.REPLIED, "NOT_DISCLOSED/STATE_SECRET 2026-03-25"));
        assertEquals("予以公开，答复日期 2026-03-25", zh(RequestStep.REPLIED, "DISCLOSED 2026-03-25"));
        assertEquals("延长 10 个工作日：需要调取档案", zh(RequestStep.EXTENSION_REQUESTED, "10: 需要调取档案"));
        assertEquals("邮寄 2026-03-26 EMS 1234", zh(RequestStep.DELIVERED, "POST 2026-03-26 EMS 1234"));
        assertEquals("2026-03-27：已答复并送达", zh(RequestStep.REPORTED_BACK, "2026-03-27: 已答复并送达 letters []"));
        assertEquals("转交 officehead 承办", zh(RequestStep.ASSIGNED, "officehead"));
    }

    @Test
    void whatAPersonTypedIsLeftAsItIs() {
        assertEquals("属于信访事项", zh(RequestStep.NOT_A_REQUEST, "属于信访事项"));
        assertEquals("2026-0001", zh(RequestStep.REPEAT_DETECTED, "2026-0001"));
        assertEquals("", zh(RequestStep.EXTENSION_REFUSED, null));
    }

    @Test
    void aLineOfAnotherShapeIsShownUnchanged() {
        assertEquals("something else", zh(RequestStep.ACCEPTED, "something else"));
    }
}
