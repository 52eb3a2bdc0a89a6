package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.pages.IntakePage;
import cn.xxgk.testsupport.pages.RequestPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Disclosure on request through the office's screens in Chromium: intake with its receipt and the
 * masked number, a refused intake that keeps what was typed, the hand-over to another handler (and
 * from a stale page), and the pages on a phone. The steps after acceptance are in
 * RequestProcedureBrowserIT.
 */
class RequestBrowserIT extends RequestBrowserSupport {

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
}
