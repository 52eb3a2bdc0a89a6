package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.pages.IntakePage;
import cn.xxgk.testsupport.pages.RequestPage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The steps after acceptance through the office's screens in Chromium: a third-party consultation
 * that pauses the clock and a reply, the office head's extension decision, a refused step shown on
 * its field.
 */
class RequestProcedureBrowserIT extends RequestBrowserSupport {

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
}
