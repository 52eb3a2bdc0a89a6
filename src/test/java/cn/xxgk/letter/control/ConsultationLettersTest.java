package cn.xxgk.letter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.control.DeadlineKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The consultation letters (Arts. 32, 34) and the extension notice take their periods from the
 * deadline kinds, not from their own text, and say what is true when a date is not known yet.
 */
class ConsultationLettersTest {

    final LetterTemplates templates = new LetterTemplates();

    @Test
    void chineseNumeralsAsOfficialLettersWriteThePeriods() {
        assertEquals("七", LetterTemplates.chineseNumber(7));
        assertEquals("十", LetterTemplates.chineseNumber(10));
        assertEquals("十五", LetterTemplates.chineseNumber(15));
        assertEquals("二十", LetterTemplates.chineseNumber(20));
        assertEquals("四十三", LetterTemplates.chineseNumber(43));
    }

    /** Art. 32: "自收到征求意见书之日起15个工作日内"; the number is DeadlineKind.THIRD_PARTY_ANSWER's. */
    @Test
    void art32TheThirdPartyLetterStatesItsPeriodFromReceiptAndItsLastDayWhenKnown() {
        String period = "自收到本函之日起" + LetterTemplates.chineseNumber(DeadlineKind.THIRD_PARTY_ANSWER.workingDays()) + "个工作日内";
        String inPerson = templates.xhtml(LetterKind.THIRD_PARTY_CONSULTATION,
                SampleLetters.complete(null).respondBy(LocalDate.of(2026, 12, 16)).build());
        assertTrue(inPerson.contains("请于2026年12月16日前（" + period + "）"), inPerson);
        String posted = templates.xhtml(LetterKind.THIRD_PARTY_CONSULTATION, SampleLetters.complete(null).respondBy(null).build());
        assertTrue(posted.contains("请" + period + "向本机关提出"), posted);
        assertFalse(posted.contains("前（"), "no last day before the letter is received: " + posted);
    }

    /** Art. 34: the other agency's letter, its period from receipt, silence taken as consent; no applicant named. */
    @Test
    void art34TheInterAgencyLetterIsAddressedToTheAgencyAndSaysSilenceIsConsent() {
        String xhtml = templates.xhtml(LetterKind.INTER_AGENCY_CONSULTATION,
                SampleLetters.complete(null).thirdPartyName("郑州市财政局").applicantName("王小明").respondBy(null).build());
        assertTrue(xhtml.contains("政府信息公开征求意见函"), xhtml);
        assertTrue(xhtml.contains("郑州市财政局："), xhtml);
        assertTrue(xhtml.contains("第三十四条"), xhtml);
        assertTrue(xhtml.contains("自收到本函之日起"
                + LetterTemplates.chineseNumber(DeadlineKind.INTER_AGENCY_ANSWER.workingDays()) + "个工作日内"), xhtml);
        assertTrue(xhtml.contains("逾期未提出意见的，视为同意公开"), xhtml);
        assertFalse(xhtml.contains("王小明"), "the applicant is not named to the consulted agency");
        assertFalse(LetterKind.INTER_AGENCY_CONSULTATION.namesApplicant());
        assertEquals(LetterKind.Recipient.OTHER_AGENCY, LetterKind.INTER_AGENCY_CONSULTATION.recipient());
    }

    /** Art. 33(2) with Arts. 32, 34: approved during a consultation, the notice states the days left, not a date. */
    @Test
    void art33AnExtensionNoticeDuringAConsultationSaysTheClockIsPaused() {
        String paused = templates.xhtml(LetterKind.EXTENSION_NOTICE,
                SampleLetters.complete(null).extensionDays(10).dueDate(null).remainingWorkingDays(27).build());
        assertTrue(paused.contains("答复期限延长10个工作日。"), paused);
        assertTrue(paused.contains("征求意见所需时间不计算在答复期限内"), paused);
        assertTrue(paused.contains("剩余的答复期限为27个工作日，自征求意见结束之日的次日起继续计算"), paused);
        String running = templates.xhtml(LetterKind.EXTENSION_NOTICE,
                SampleLetters.complete(null).extensionDays(10).dueDate(LocalDate.of(2027, 1, 20)).build());
        assertTrue(running.contains("本机关将于2027年1月20日前作出答复"), running);
        assertFalse(running.contains("征求意见所需时间"), running);
    }
}
