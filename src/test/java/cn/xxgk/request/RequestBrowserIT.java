package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.request.control.ResidentIdNumber;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.IntakePage;
import cn.xxgk.testsupport.pages.LoginPage;
import cn.xxgk.testsupport.pages.RequestPage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Disclosure on request through the office's screens in Chromium: intake with its receipt and the
 * masked number, a refused intake that keeps what was typed, a third-party consultation that pauses
 * the clock and a reply, the office head's extension decision, a refused step shown on its field, the
 * hand-over to another handler (and from a stale page), and the pages on a phone.
 */
class RequestBrowserIT {

    static final AtomicInteger SERIAL = new AtomicInteger();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Pattern DUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    RunningApp app;
    final List<Browser> browsers = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        app = RunningApp.local();
    }

    @AfterEach
    void tearDown() {
        browsers.forEach(Browser::close);
    }

    @Test
    void anIntakeShowsItsReceiptAndTheRequestPageMasksTheIdNumber() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        String idNumber = idNumber();
        String name = unique("张伟");
        long auditBefore = app.database().lastId();
        RequestPage page = as(desk, "office", () -> {
            IntakePage.Receipt receipt = filled(IntakePage.open(desk.driver(), app.url()), name, idNumber,
                    unique("本局2025年部门预算")).submit();
            assertTrue(receipt.number().matches(TODAY.getYear() + "-\\d{4}"), receipt.number());
            assertTrue(receipt.queryCode().matches("[A-Za-z0-9]{12}"), receipt.queryCode());
            assertTrue(receipt.text().contains("离开本页后查询码不再显示"), receipt.text());
            String number = receipt.number();
            String code = receipt.queryCode();
            RequestPage opened = receipt.openRequest();
            assertEquals("申请编号 " + number, opened.number());
            assertFalse(desk.driver().getPageSource().contains(code), "the query code is shown once only");
            return opened;
        });
        assertEquals("已登记", page.state());
        String masked = idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
        assertEquals(masked, page.idNumberShown());

        String shown = as(desk, "office", () -> {
            RequestPage again = RequestPage.open(desk.driver(), app.url(), page.id());
            assertFalse(desk.driver().getPageSource().contains(idNumber), "never the full number for the office staff");
            assertFalse(again.offers("reveal:show"), "only the office head may see the full number");
            return again.idNumberShown();
        });
        assertEquals(masked, shown);

        String full = as(desk, "officehead", () -> RequestPage.open(desk.driver(), app.url(), page.id())
                .revealIdNumber("行政复议答复需要核对申请人身份"));
        assertEquals(idNumber, full);
        assertEquals(1, app.database().count(auditBefore, "officehead", "REQUEST_ID_NUMBER_VIEW", "SUCCESS"));
        assertEquals(List.of(), desk.consoleErrors());
    }

    @Test
    void aBadIntakeIsRefusedOnItsFieldsSavesNothingAndKeepsWhatWasTyped() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        String name = unique("王芳");
        String good = idNumber();
        String badChecksum = good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1");
        as(desk, "office", () -> {
            IntakePage page = IntakePage.open(desk.driver(), app.url()).applicant(name).idNumber(badChecksum)
                    .description("郑大数据〔2024〕12号文件").formWanted("电子").delivery("自行领取").submitExpectingRefusal();
            assertTrue(page.fieldMessage("contact").contains("请至少填写一种联系方式"), page.fieldMessage("contact"));
            assertTrue(page.fieldMessage("idNumber").contains("校验位不正确"), page.fieldMessage("idNumber"));
            assertEquals("", page.fieldMessage("applicantName"));
            assertEquals(name, page.typed("applicantName"), "what was typed stays");
            assertEquals(badChecksum, page.typed("idNumber"));
            assertEquals("郑大数据〔2024〕12号文件", page.typed("description"));

            desk.driver().get(app.url() + "request/list.xhtml?scope=ALL");
            assertFalse(desk.driver().findElement(By.id("requests")).getText().contains(name), "nothing was saved");
            return null;
        });
        assertEquals(List.of(), desk.consoleErrors());
    }

    @Test
    void aThirdPartyConsultationPausesTheClockAndTheReplyClosesIt() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        RequestPage replied = as(desk, "office", () -> {
            RequestPage page = filled(IntakePage.open(desk.driver(), app.url()), unique("赵敏"), idNumber(),
                    unique("大数据产业园区入驻企业扶持资金拨付情况")).receivedOn(TODAY.minusDays(14).toString())
                    .submit().openRequest().accept();
            assertEquals("办理中", page.state(), page.messages());
            LocalDate dueAtAcceptance = due(page.deadline());

            RequestPage consulted = page.consult("第三方", "郑州某数据服务有限公司", "扶持金额是否涉及商业秘密",
                    TODAY.minusDays(7).toString());
            assertEquals("征求第三方意见中", consulted.state(), consulted.messages());
            assertTrue(consulted.deadline().contains("已暂停计时"), consulted.deadline());
            assertTrue(consulted.consultations().contains("郑州某数据服务有限公司"), consulted.consultations());
            assertFalse(consulted.offers("reply:do-reply"), "no reply while the third party is consulted");

            RequestPage answered = consulted.answer("同意公开", "同意公开扶持金额。");
            assertEquals("办理中", answered.state(), answered.messages());
            LocalDate dueAfterAnswer = due(answered.deadline());
            assertTrue(dueAfterAnswer.isAfter(dueAtAcceptance),
                    "the consultation's days do not count: " + dueAtAcceptance + " -> " + dueAfterAnswer);
            assertTrue(answered.timeline().contains("答复期限 " + dueAfterAnswer), answered.timeline());
            assertTrue(answered.timeline().contains("郑州某数据服务有限公司：同意公开"), answered.timeline());

            // issue #12 bug 3: the form offers only what the history allows (Art. 32: the third party consented;
            // Art. 30: no correction; Art. 35: no reasons asked)
            List<String> withheld = answered.reasonChoices("不予公开");
            assertTrue(withheld.contains("属于国家秘密"), withheld.toString());
            assertFalse(withheld.contains("保护第三方合法权益"), withheld.toString());
            assertFalse(answered.reasonChoices("不予处理").contains("无正当理由大量反复申请"));
            assertFalse(answered.reasonChoices("无法提供").contains("补正后申请内容仍不明确"));
            assertEquals(List.of("其他"), answered.reasonChoices("其他处理"));
            return answered.reply("予以公开", null, "经征求第三方意见，您申请的信息予以公开。", "随答复书邮寄纸质件。");
        });
        assertEquals("已答复", replied.state(), replied.messages());
        assertEquals("予以公开", replied.outcome());
        assertEquals("", replied.deadline(), "the reply closes the clock");
        for (String step : List.of("登记", "受理", "征求第三方意见", "第三方意见", "答复")) {
            assertTrue(replied.timeline().contains(step), step + " in " + replied.timeline());
        }
        assertTrue(replied.messages().contains("已完成：答复"), replied.messages());
        assertEquals(List.of(), desk.consoleErrors());
    }

    @Test
    void theOfficeHeadDecidesTheExtensionAndTheDueDateMoves() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        RequestPage requested = as(desk, "office", () -> {
            RequestPage page = filled(IntakePage.open(desk.driver(), app.url()), unique("李娜"), idNumber(),
                    unique("公共数据开放目录全文")).submit().openRequest().accept();
            RequestPage asked = page.requestExtension(10, "需调取多个处室的档案");
            assertFalse(asked.offers("extension-decision:approve"), "the handler does not decide the extension");
            assertFalse(asked.offers("extension:do-extension"), "one extension waits already");
            return asked;
        });
        LocalDate before = due(requested.deadline());
        assertTrue(requested.extension().contains("待办公室负责人审批"), requested.extension());

        RequestPage approved = as(desk, "officehead", () -> {
            desk.driver().get(app.url() + "index.xhtml");
            String tasks = desk.driver().findElement(By.id("tasks")).getText();
            assertTrue(tasks.contains(number(requested) + "：延期待审批"), tasks);
            return RequestPage.open(desk.driver(), app.url(), requested.id()).approveExtension("同意延长。");
        });
        LocalDate after = due(approved.deadline());
        assertTrue(after.isAfter(before.plusDays(13)), "10 working days more: " + before + " -> " + after);
        assertTrue(approved.extension().contains("已延长 10 个工作日"), approved.extension());
        assertTrue(approved.timeline().contains("批准延期"), approved.timeline());
        assertTrue(approved.timeline().contains("答复期限 " + after), approved.timeline());

        String officeTasks = as(desk, "office", () -> {
            desk.driver().get(app.url() + "index.xhtml");
            return desk.driver().findElement(By.id("tasks")).getText();
        });
        assertTrue(officeTasks.contains(number(requested) + "：待答复") && officeTasks.contains(after.toString()), officeTasks);
        assertEquals(List.of(), desk.consoleErrors());
    }

    @Test
    void aRefusedStepIsShownOnItsFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        String reason = "需调取多个处室的档案并会商";
        List<RequestPage> pages = as(desk, "office", () -> {
            RequestPage accepted = filled(IntakePage.open(desk.driver(), app.url()), unique("周强"), idNumber(),
                    unique("数据要素市场培育资金使用情况")).submit().openRequest().accept();
            RequestPage refused = accepted.requestExtensionExpectingRefusal(25, reason);
            String onDays = refused.fieldMessage("extension:days");
            assertTrue(onDays.contains("延期超过上限") && onDays.contains("再延长 25 个工作日"), onDays);
            assertEquals("", refused.fieldMessage("extension:extensionReason"), "the reason is not at fault");
            assertEquals("25", refused.typed("extension:days"), "what was typed stays");
            assertEquals(reason, refused.typed("extension:extensionReason"));
            RequestPage again = RequestPage.open(desk.driver(), app.url(), accepted.id());
            assertTrue(again.offers("extension:do-extension"), "no extension waits for a decision");
            return List.of(accepted, again);
        });
        RequestPage before = pages.get(0);
        RequestPage reloaded = pages.get(1);
        assertEquals("办理中", reloaded.state());
        assertEquals(due(before.deadline()), due(reloaded.deadline()), "the due date did not move");
        assertEquals(before.deadline(), reloaded.deadline());
        assertFalse(reloaded.timeline().contains("申请延期"), "no extension was recorded: " + reloaded.timeline());
        assertEquals(List.of(), desk.consoleErrors());
    }

    @Test
    void theHandlerHandsARequestOverAndTheNewHandlerFindsItUnderMyRequests() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        RequestPage handedOver = as(desk, "office", () -> {
            RequestPage page = filled(IntakePage.open(desk.driver(), app.url()), unique("吴磊"), idNumber(),
                    unique("政务云平台建设项目验收报告")).submit().openRequest().accept();
            assertEquals("王办公（office）", page.handler());
            List<String> choices = page.handlerChoices();
            assertTrue(choices.contains("李主任"), "the office head is offered: " + choices);
            assertFalse(choices.contains("王办公"), "not the one who handles it now: " + choices);
            assertFalse(choices.contains("张处员"), "only users of the office: " + choices);

            RequestPage after = page.assignTo("李主任");
            assertFalse(after.offers("assign:do-assign"), "the former handler only reads the request now");
            assertFalse(after.offers("reply:do-reply"), "the former handler only reads the request now");
            return after;
        });
        assertEquals("李主任（officehead）", handedOver.handler());
        assertTrue(handedOver.messages().contains("已转交 李主任 承办"), handedOver.messages());
        assertTrue(handedOver.timeline().contains("指定承办人"), handedOver.timeline());
        assertTrue(handedOver.timeline().contains("转交 李主任 承办"), handedOver.timeline());
        assertTrue(handedOver.timeline().contains("王办公"), "who took each step, by name: " + handedOver.timeline());
        assertFalse(handedOver.timeline().contains("officehead"), "no login names in the timeline: " + handedOver.timeline());
        assertEquals("办理中", handedOver.state());

        String mine = as(desk, "officehead", () -> {
            desk.driver().get(app.url() + "request/list.xhtml");
            return desk.driver().findElement(By.id("requests")).getText();
        });
        assertTrue(mine.contains(number(handedOver)), "我的申请 of the new handler: " + mine);
        String formerlyMine = as(desk, "office", () -> {
            desk.driver().get(app.url() + "request/list.xhtml");
            return desk.driver().findElement(By.id("requests")).getText();
        });
        assertFalse(formerlyMine.contains(number(handedOver)), "我的申请 of the former handler: " + formerlyMine);
        assertEquals(List.of(), desk.consoleErrors());
    }

    @Test
    void aHandOverFromAStalePageIsRefusedAsAChangeBySomeoneElse() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        Browser other = browser(Browser.DESKTOP);
        List<RequestPage> pages = as(desk, "office", () -> {
            RequestPage stale = filled(IntakePage.open(desk.driver(), app.url()), unique("郑洁"), idNumber(),
                    unique("公共数据授权运营协议")).submit().openRequest();
            // meanwhile the office head accepts it on another computer
            as(other, "officehead", () -> RequestPage.open(other.driver(), app.url(), stale.id()).accept());

            RequestPage refused = stale.assignExpectingRefusal("李主任");
            return List.of(refused, RequestPage.open(desk.driver(), app.url(), stale.id()));
        });
        assertTrue(pages.get(0).messages().contains("数据已被他人修改，请刷新页面后重新操作"), pages.get(0).messages());
        assertEquals("王办公（office）", pages.get(1).handler(), "nobody else handles it");
        assertEquals("办理中", pages.get(1).state(), "the acceptance in the other tab stands");
        assertFalse(pages.get(1).timeline().contains("指定承办人"), pages.get(1).timeline());
        assertEquals(List.of(), desk.consoleErrors());
        assertEquals(List.of(), other.consoleErrors());
    }

    @Test
    void theRequestScreensFitAPhone() throws Exception {
        Browser phone = browser(Browser.PHONE);
        RequestPage accepted = as(phone, "office", () -> {
            phone.driver().get(app.url() + "request/list.xhtml?scope=ALL");
            assertTrue(phone.driver().findElement(By.id("requests")).getText().contains("刘洋"), "the demo requests are listed");
            assertNoHorizontalScroll(phone);
            IntakePage intake = IntakePage.open(phone.driver(), app.url());
            assertNoHorizontalScroll(phone);
            RequestPage page = filled(intake, unique("陈经理"), idNumber(), unique("本局政府信息公开指南")).submit().openRequest();
            assertNoHorizontalScroll(phone);
            RequestPage done = page.accept();
            assertNoHorizontalScroll(phone);
            return done;
        });
        assertEquals("办理中", accepted.state());
        assertTrue(accepted.deadline().contains("剩余 20 个工作日"), accepted.deadline());
        as(phone, "officehead", () -> {
            RequestPage.open(phone.driver(), app.url(), accepted.id()).revealIdNumber("核对身份");
            assertNoHorizontalScroll(phone);
            return null;
        });
        assertEquals(List.of(), phone.consoleErrors());
    }

    // ---- helpers -------------------------------------------------------------------------

    interface Steps<T> {
        T run() throws Exception;
    }

    /** Logs in as a demo user, runs the steps, logs out. */
    <T> T as(Browser browser, String username, Steps<T> steps) throws Exception {
        LoginPage.open(browser.driver(), app.url()).loginAs(username, DemoDirectory.DEMO_PASSWORD);
        try {
            return steps.run();
        } finally {
            browser.driver().findElement(By.id("logout")).click();
            LoginPage.at(browser.driver());
        }
    }

    static IntakePage filled(IntakePage page, String name, String idNumber, String description) {
        return page.applicant(name).idNumber(idNumber).phone("0371-67181234").postalAddress("郑州市金水区经三路 15 号")
                .description(description).formWanted("纸质").delivery("邮寄");
    }

    Browser browser(Dimension size) throws Exception {
        Browser browser = new Browser(size);
        browsers.add(browser);
        return browser;
    }

    static LocalDate due(String deadline) {
        Matcher m = DUE.matcher(deadline);
        assertTrue(m.find(), "no due date in " + deadline);
        return LocalDate.parse(m.group(1));
    }

    static String number(RequestPage page) {
        return page.number().replace("申请编号 ", "");
    }

    /** A valid resident ID number of Zhengzhou, different in each test. */
    static String idNumber() {
        int n = SERIAL.incrementAndGet();
        String first17 = "410105" + (1960 + (int) Math.floorMod(System.nanoTime(), 40L)) + "0615" + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String unique(String text) {
        return text + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    static void assertNoHorizontalScroll(Browser browser) {
        Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).longValue() <= 0,
                "horizontal overflow of " + overflow + " px at " + browser.driver().getCurrentUrl());
    }
}
