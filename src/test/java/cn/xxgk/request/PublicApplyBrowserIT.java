package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.pages.PublicApplyPage;
import cn.xxgk.testsupport.pages.PublicPage;
import cn.xxgk.testsupport.pages.PublicStatusPage;
import cn.xxgk.testsupport.pages.RequestPage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A citizen's walk on a phone, without a login: files a request online, sees the receipt with the
 * query code, reads the status; the office sees the request in its list (channel 网上申请) and
 * confirms its receipt; the citizen then reads the day of receipt (Art. 31(3)) and the due date
 * and opens the receipt letter. No page raises a JavaScript error or scrolls sideways.
 */
class PublicApplyBrowserIT extends RequestBrowserSupport {

    @Test
    void aCitizenFilesOnlineFollowsTheRequestAndOpensTheReceiptLetterOnceTheOfficeConfirms() throws Exception {
        Browser phone = browser(Browser.PHONE);
        String description = unique("2025年本局部门预算");
        PublicApplyPage apply = PublicApplyPage.open(phone.driver(), app.url())
                .type("applicantName", "赵丽").type("idNumber", idNumber()).type("email", "zhao@example.cn")
                .type("description", description).delivery("电子邮件");
        assertNoHorizontalScroll(phone);
        assertEquals(List.of(), apply.asPublicPage().seriousAccessibilityViolations(), "the form: WCAG 2.1 AA");
        apply.challengeSolved().submit();
        String number = apply.number();
        String code = apply.queryCode();
        assertTrue(number.matches("\\d{4}-\\d{4}"), "receipt: " + apply.text("receipt"));
        assertEquals(12, code.length());
        assertTrue(apply.text("query-code-once").contains("只显示这一次"));
        assertNoHorizontalScroll(phone);
        assertEquals(List.of(), apply.asPublicPage().seriousAccessibilityViolations(), "the receipt: WCAG 2.1 AA");

        PublicStatusPage status = PublicStatusPage.ask(phone.driver(), app.url(), number, code);
        assertTrue(status.state().contains("等待政府信息公开工作机构确认收到"), status.state());
        assertTrue(status.receivedOn().contains("等待"), status.receivedOn());
        assertEquals("赵*", status.text("status-name"), "the masked name only");
        assertEquals(List.of(), status.asPublicPage().seriousAccessibilityViolations(), "the status: WCAG 2.1 AA");
        assertTrue(PublicStatusPage.ask(phone.driver(), app.url(), number, "AAAAAAAAAAAA").error().contains("申请编号或查询码不正确"));

        Browser desk = browser(Browser.DESKTOP);
        as(desk, "office", () -> {
            desk.driver().get(app.url() + "request/list.xhtml?scope=ALL&channel=ONLINE");
            WebElement link = desk.driver().findElements(By.cssSelector("#requests a.xxgk-request-link")).stream()
                    .filter(a -> a.getText().equals(number)).findFirst().orElseThrow(() -> new AssertionError(
                            "the online request in the office's list: " + desk.driver().findElement(By.id("requests")).getText()));
            assertTrue(desk.driver().findElement(By.id("requests")).getText().contains("网上申请"));
            link.click();
            RequestPage page = RequestPage.at(desk.driver());
            page.step("confirmReceipt:do-confirmReceipt");
            assertTrue(RequestPage.at(desk.driver()).timeline().contains("确认收到"));
            return null;
        });

        status = PublicStatusPage.ask(phone.driver(), app.url(), number, code);
        assertEquals(TODAY.toString(), status.receivedOn(), "Art. 31(3): the day the office confirmed");
        assertTrue(status.replyDue().matches("\\d{4}-\\d{2}-\\d{2}"), status.replyDue());
        assertTrue(status.steps().contains("确认收到"), status.steps());
        WebElement letter = status.letters().getFirst();
        assertTrue(letter.getText().contains("登记回执"), letter.getText());
        HttpResponse<byte[]> pdf = new AppClient(app.url()).getBytes(letter.getAttribute("href").substring(app.url().length()));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        assertNoHorizontalScroll(phone);
        assertEquals(List.of(), phone.consoleErrors(), "no JavaScript error");
    }

    @Test
    void withoutJavaScriptABadIdNumberIsRefusedAtItsFieldAndTheSumQuestionStandsInForTheProofOfWork() throws Exception {
        Browser phone = browser(Browser.PHONE);
        phone.driver().get(app.url() + "public/");
        PublicPage.disableJavaScript(phone.driver());
        String good = idNumber();
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1");
        String description = unique("2024年行政事业性收费目录");
        PublicApplyPage apply = PublicApplyPage.open(phone.driver(), app.url())
                .type("applicantName", "钱进").type("idNumber", bad).type("email", "qian@example.cn")
                .type("description", description).answerTheSum().submit();
        assertTrue(apply.text("idNumber-error").contains("校验位不正确"), apply.text("idNumber-error"));
        assertEquals(description, apply.value("description"), "what was typed stays");
        assertTrue(apply.text("receipt").isEmpty() && apply.text("apply-failed").contains("申请未提交"), "not filed");

        apply.type("idNumber", good).answerTheSum().submit();
        assertTrue(apply.number().matches("\\d{4}-\\d{4}"), "filed without JavaScript: " + apply.text("main"));
        assertEquals(12, apply.queryCode().length());
    }
}
