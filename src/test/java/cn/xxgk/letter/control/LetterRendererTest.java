package cn.xxgk.letter.control;

import static cn.xxgk.letter.control.SampleLetters.AGENCY;
import static cn.xxgk.letter.control.SampleLetters.APPLICANT;
import static cn.xxgk.letter.control.SampleLetters.REQUEST;
import static cn.xxgk.letter.control.SampleLetters.compact;
import static cn.xxgk.letter.control.SampleLetters.complete;
import static cn.xxgk.letter.control.SampleLetters.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every letter and every reply outcome rendered and read back from the PDF: the names, numbers,
 * Chinese dates and the statutory wording are there, the remedies only where the letter decides
 * something. How the PDF itself is made (fonts, PDF/A, literal text) is {@link LetterPdfTest}.
 */
class LetterRendererTest {

    static final LetterRenderer RENDERER = new LetterRenderer(List.of(LetterFont.DEFAULT_CANDIDATES.split(",")),
            List.of(LetterFont.DEFAULT_FALLBACKS.split(",")));
    static final String REMEDIES = "六十日内向郑州市人民政府申请行政复议，或者在六个月内向有管辖权的人民法院提起行政诉讼";
    static final ResourceBundle ZH = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);

    /** The statutory wording each outcome's reply must carry, besides the data given. */
    static final Map<ReplyWording, List<String>> OUTCOME_WORDING = new EnumMap<>(ReplyWording.class);

    static {
        OUTCOME_WORDING.put(ReplyWording.DISCLOSED, List.of("第三十六条第二项", "本机关予以公开", "见附件《2025年度专项资金分配结果》"));
        OUTCOME_WORDING.put(ReplyWording.ALREADY_PUBLISHED, List.of("已经主动公开", "第三十六条第一项", "见附件《2025年度专项资金分配结果》"));
        OUTCOME_WORDING.put(ReplyWording.PARTLY_DISCLOSED, List.of("能够作区分处理", "第三十七条", "见附件《2025年度专项资金分配结果》",
                "对不予公开的内容，理由如下：申请所述“专项资金”未写明具体项目名称。"));
        OUTCOME_WORDING.put(ReplyWording.NOT_DISCLOSED_STATE_SECRET, List.of("依法确定为国家秘密", "第十四条、第三十六条第三项", "决定不予公开"));
        OUTCOME_WORDING.put(ReplyWording.NOT_DISCLOSED_PROHIBITED_BY_LAW, List.of("法律、行政法规禁止公开", "第十四条、第三十六条第三项"));
        OUTCOME_WORDING.put(ReplyWording.NOT_DISCLOSED_SECURITY_AND_STABILITY, List.of("危及国家安全、公共安全、经济安全、社会稳定", "第十四条、第三十六条第三项"));
        OUTCOME_WORDING.put(ReplyWording.NOT_DISCLOSED_THIRD_PARTY_RIGHTS, List.of("对第三方合法权益造成损害", "第十五条、第三十二条、第三十六条第三项"));
        OUTCOME_WORDING.put(ReplyWording.NOT_DISCLOSED_INTERNAL_AFFAIRS, List.of("内部事务信息", "第十六条第一款、第三十六条第三项"));
        OUTCOME_WORDING.put(ReplyWording.NOT_DISCLOSED_PROCESS_INFORMATION, List.of("过程性信息", "第十六条第二款、第三十六条第三项"));
        OUTCOME_WORDING.put(ReplyWording.NOT_DISCLOSED_ENFORCEMENT_FILE, List.of("行政执法案卷信息", "第十六条第二款、第三十六条第三项"));
        OUTCOME_WORDING.put(ReplyWording.NOT_DISCLOSED_ADMINISTRATIVE_QUERY, List.of("不动产登记资料", "第三十六条第七项"));
        OUTCOME_WORDING.put(ReplyWording.NOT_HELD_DOES_NOT_EXIST, List.of("该政府信息不存在", "第三十六条第四项"));
        OUTCOME_WORDING.put(ReplyWording.NOT_HELD_OTHER_AGENCY, List.of("不属于本机关负责公开", "第三十六条第五项",
                "负责公开该政府信息的行政机关为郑州市财政局（联系方式：0371-67181234）"));
        OUTCOME_WORDING.put(ReplyWording.NEEDS_CREATION, List.of("加工、分析", "第三十八条", "不予提供"));
        OUTCOME_WORDING.put(ReplyWording.UNCLEAR_AFTER_CORRECTION, List.of("补正后的申请内容仍不明确", "第三十条"));
        OUTCOME_WORDING.put(ReplyWording.PETITION_OR_COMPLAINT, List.of("信访、投诉、举报", "第三十九条第一款", "不作为政府信息公开申请处理"));
        OUTCOME_WORDING.put(ReplyWording.REPEAT_REQUEST, List.of("重复申请", "第三十六条第六项", "YSQ-2026-00003"));
        OUTCOME_WORDING.put(ReplyWording.PUBLICATION, List.of("公开出版物", "第三十九条第二款", "见附件《2025年度专项资金分配结果》"));
        OUTCOME_WORDING.put(ReplyWording.EXCESSIVE_REQUESTS, List.of("数量、频次明显超过合理范围", "第三十五条", "不予处理",
                "申请所述“专项资金”未写明具体项目名称。"));
        OUTCOME_WORDING.put(ReplyWording.CONFIRMATION_OR_REISSUE, List.of("确认或者重新出具", "第三十九条第二款"));
        OUTCOME_WORDING.put(ReplyWording.NO_CORRECTION_IN_TIME, List.of("逾期未补正", "视为放弃申请", "补正期限至2026年12月16日", "第三十条"));
        OUTCOME_WORDING.put(ReplyWording.FEE_NOT_PAID, List.of("第四十二条", "信息处理费", "逾期未缴纳", "视为放弃申请"));
        OUTCOME_WORDING.put(ReplyWording.OTHER, List.of("申请所述“专项资金”未写明具体项目名称。"));
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyLetterNamesTheAgencyTheRequestTheDatesAndHasTheSeal(LetterKind kind) {
        String text = compact(text(RENDERER.render(kind, complete(ReplyWording.DISCLOSED).build())));

        assertAll(
                () -> assertContains(text, ZH.getString("letter.kind." + kind.name())),
                () -> assertContains(text, AGENCY),
                () -> assertContains(text, REQUEST),
                () -> assertContains(text, "郑大数据依申〔2026〕12号"),
                () -> assertContains(text, "2026年11月25日"),
                () -> assertContains(text, "2026年11月3日"),
                () -> assertContains(text, "2025年度郑州市大数据产业发展专项资金的分配结果"),
                () -> assertContains(text, "（印章）"),
                () -> assertContains(text, "联系人及电话：王敏，0371-67188888"),
                () -> assertEquals(kind.namesApplicant(), text.contains(APPLICANT), "applicant named"),
                () -> assertEquals(kind.namesRemedies(), text.contains(REMEDIES), "remedies named"));
    }

    @Test
    void lettersThatDecideSomethingNameTheRemediesTheOthersDoNot() {
        Set<LetterKind> withRemedies = new HashSet<>();
        for (LetterKind kind : LetterKind.values()) {
            if (kind.namesRemedies()) {
                withRemedies.add(kind);
            }
        }
        assertEquals(Set.of(LetterKind.CORRECTION_NOTICE, LetterKind.EXTENSION_NOTICE, LetterKind.OVERRIDE_NOTICE, LetterKind.REPLY),
                withRemedies);
    }

    @Test
    void theReceiptGivesTheDueDateAndTheQueryCode() {
        String text = compact(text(RENDERER.render(LetterKind.RECEIPT, complete(null).build())));
        assertContains(text, "并于2026年12月1日前作出答复");
        assertContains(text, "查询码K7Q2-M9XD");
    }

    @Test
    void theCorrectionNoticeSaysWhatToCorrectByWhenAndWhatHappensOtherwise() {
        String text = compact(text(RENDERER.render(LetterKind.CORRECTION_NOTICE, complete(null).build())));
        assertContains(text, "申请所述“专项资金”未写明具体项目名称。");
        assertContains(text, "请于2026年12月16日前向本机关提交补正后的申请");
        assertContains(text, "无正当理由逾期不补正的，视为放弃申请");
        assertContains(text, "如对本告知不服，可以在收到本告知书之日起" + REMEDIES);
    }

    @Test
    void theExtensionNoticeGivesTheDaysTheReasonAndTheNewDueDate() {
        String text = compact(text(RENDERER.render(LetterKind.EXTENSION_NOTICE, complete(null).build())));
        assertContains(text, "因申请所述“专项资金”未写明具体项目名称。");
        assertContains(text, "答复期限延长15个工作日，本机关将于2026年12月1日前作出答复");
        assertContains(text, "第三十三条第二款");
    }

    @Test
    void theThirdPartyIsAskedWithinFifteenWorkingDaysWithoutBeingToldWhoAsked() {
        String text = compact(text(RENDERER.render(LetterKind.THIRD_PARTY_CONSULTATION, complete(null).build())));
        assertContains(text, "河南云数科技有限公司：");
        assertContains(text, "请于2026年12月16日前（自收到本函之日起十五个工作日内）");
        assertContains(text, "第三十二条");
        assertFalse(text.contains(APPLICANT), "the applicant is not named to the third party");
    }

    @Test
    void theOverrideNoticeTellsTheThirdPartyWhatIsDisclosedAndWhy() {
        String text = compact(text(RENDERER.render(LetterKind.OVERRIDE_NOTICE, complete(null).build())));
        assertContains(text, "河南云数科技有限公司：");
        assertContains(text, "不公开该政府信息可能对公共利益造成重大影响");
        assertContains(text, "决定公开的政府信息内容：见附件《2025年度专项资金分配结果》，共3页。");
        assertContains(text, "决定公开的理由：申请所述“专项资金”未写明具体项目名称。");
        assertContains(text, "如对本决定不服，可以在收到本告知书之日起" + REMEDIES);
        assertFalse(text.contains(APPLICANT), "the applicant is not named to the third party");
    }

    @ParameterizedTest
    @EnumSource(ReplyWording.class)
    void everyReplyOutcomeHasItsStatutoryWordingAndTheRemedies(ReplyWording outcome) {
        String text = compact(text(RENDERER.render(LetterKind.REPLY, complete(outcome).build())));

        List<String> wording = OUTCOME_WORDING.get(outcome);
        assertTrue(wording != null && !wording.isEmpty(), "wording expected for " + outcome);
        assertAll(
                () -> assertContains(text, "政府信息公开申请答复书"),
                () -> assertContains(text, APPLICANT + "："),
                () -> assertContains(text, "申请编号：" + REQUEST),
                () -> assertContains(text, "本机关于2026年11月3日收到你（单位）提出的政府信息公开申请"),
                () -> assertContains(text, "如对本答复不服，可以在收到本答复书之日起" + REMEDIES),
                () -> assertContains(text, AGENCY + "2026年11月25日"),
                () -> wording.forEach(expected -> assertContains(text, expected)));
    }

    @Test
    void eachOutcomeHasAReplyOfItsOwn() {
        Set<String> bodies = new HashSet<>();
        for (ReplyWording outcome : ReplyWording.values()) {
            bodies.add(compact(text(RENDERER.render(LetterKind.REPLY, complete(outcome).build()))));
        }
        assertEquals(ReplyWording.values().length, bodies.size());
    }

    @ParameterizedTest
    @EnumSource(ReplyWording.class)
    void theReportBackStatesTheOutcomeAndListsTheLetters(ReplyWording outcome) {
        String text = compact(text(RENDERER.render(LetterKind.REPORT_BACK, complete(outcome).build())));

        assertAll(
                () -> assertContains(text, "郑州市人民政府办公厅政务公开办公室："),
                () -> assertContains(text, "你办于2026年11月3日转来" + APPLICANT + "提出的政府信息公开申请（转办编号：郑政公开转〔2026〕7号）"),
                () -> assertContains(text, "于2026年11月24日向申请人作出答复（郑大数据依申〔2026〕11号），办理结果为："
                        + compact(LetterTemplates.outcomeLabel(outcome)) + "。"),
                () -> assertContains(text, "附件：1.政府信息公开申请答复书2.政府信息公开申请登记回执"),
                () -> assertFalse(text.contains(REMEDIES), "no remedies in a report to the municipal office"));
    }

    @Test
    void theReviewingGovernmentIsTheConfiguredOne() {
        String text = compact(text(RENDERER.render(LetterKind.REPLY,
                complete(ReplyWording.NOT_HELD_DOES_NOT_EXIST).reviewBody("开封市人民政府").build())));
        assertContains(text, "六十日内向开封市人民政府申请行政复议");
        assertFalse(text.contains("郑州市人民政府申请行政复议"));
    }

    @Test
    void datesAreWrittenTheChineseWay() {
        assertEquals("2026年1月5日", LetterTemplates.CHINESE_DATE.format(LocalDate.of(2026, 1, 5)));
        assertEquals("2026年11月25日", LetterTemplates.CHINESE_DATE.format(LocalDate.of(2026, 11, 25)));
    }

    @Test
    void everyOutcomeAndKindHasItsNameInBothLanguages() {
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        for (ReplyWording outcome : ReplyWording.values()) {
            assertTrue(ZH.containsKey("letter.outcome." + outcome.name()) && en.containsKey("letter.outcome." + outcome.name()), outcome.name());
        }
        for (LetterKind kind : LetterKind.values()) {
            assertTrue(ZH.containsKey("letter.kind." + kind.name()) && en.containsKey("letter.kind." + kind.name()), kind.name());
        }
    }

    static void assertContains(String text, String expected) {
        assertTrue(text.contains(compact(expected)), () -> "expected «" + expected + "» in «" + text + "»");
    }
}
