package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.DraftPage;
import cn.xxgk.testsupport.pages.ItemPage;
import cn.xxgk.testsupport.pages.LoginPage;
import cn.xxgk.testsupport.pages.SettingsPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Proactive disclosure through the screens in Chromium, as the bureau's people do it: the
 * department drafts, its head confirms, the office reviews, the secrecy officer passes it, the
 * leader signs off on a phone, the office catalogues and publishes; a return at each step; a
 * refused drafting sheet that keeps what was typed; two people on one item.
 */
class GovInfoBrowserIT {

    static final AtomicInteger SERIAL = new AtomicInteger();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

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
    void fromTheDraftingSheetToThePublicCatalogue() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        String title = unique("大数据产业发展情况通报");
        ItemPage item = as(desk, "deptstaff", () -> DraftPage.open(desk.driver(), app.url())
                .title(title).body("本季度全市大数据产业保持较快增长。").writtenDate(TODAY.minusDays(1).toString())
                .subject("综合政务").documentType("通报").documentNumber("郑大数据〔" + TODAY.getYear() + "〕" + (500 + SERIAL.get()) + "号")
                .attribute("主动公开").save());
        long id = item.id();
        assertEquals("拟稿", item.state());
        assertTrue(item.deadline().contains("剩余"), item.deadline());

        // the department attaches the document; a web page named .pdf is refused on the screen
        Path pdf = Files.createTempDirectory("xxgk-attach").resolve("通报正文.pdf");
        Files.write(pdf, AttachmentSamples.pdf("report"));
        Path disguised = pdf.resolveSibling("伪装.pdf");
        Files.writeString(disguised, "<html><body><script>alert(1)</script></body></html>");
        String attachments = as(desk, "deptstaff", () -> {
            ItemPage page = open(desk, id).attach(pdf);
            assertTrue(page.attachments().contains("通报正文.pdf"), page.attachments());
            return page.attach(disguised).attachments();
        });
        assertTrue(attachments.contains("疑为伪装文件"), attachments);
        assertFalse(attachments.contains("伪装.pdf\n"), "the disguised file is not listed: " + attachments);

        assertEquals("待办公室审核", as(desk, "depthead", () -> open(desk, id).comment("同意报送。").confirm()).state());
        assertEquals("待保密审查", as(desk, "office", () -> open(desk, id).review()).state());
        assertEquals("待领导签发", as(desk, "secrecy", () -> open(desk, id).passSecrecy()).state());

        // the leader signs off on a phone
        Browser phone = browser(Browser.PHONE);
        ItemPage signed = as(phone, "leader", () -> {
            ItemPage page = open(phone, id);
            assertNoHorizontalScroll(phone);
            return page.comment("同意公开。").signOff();
        });
        assertEquals("待编目", signed.state());
        assertNoHorizontalScroll(phone);

        ItemPage published = as(desk, "office", () -> {
            ItemPage catalogued = open(desk, id).catalogue();
            assertEquals("待发布", catalogued.state());
            assertTrue(catalogued.indexNumber().matches("MB1532375/" + TODAY.getYear() + "-\\d{5}"), catalogued.indexNumber());
            return catalogued.publishOn("本局网站", "https://dsj.zhengzhou.gov.cn/" + id);
        });
        assertEquals("已发布", published.state());
        String index = published.indexNumber();
        String history = published.history();
        assertTrue(published.attachmentsShown().contains("通报正文.pdf"), "the published entry keeps its attachment");
        for (String step : List.of("拟稿", "处室负责人确认", "办公室审核", "保密审查通过", "领导签发", "编目", "发布")) {
            assertTrue(history.contains(step), step + " in " + history);
        }
        // who took each step, by the name colleagues know them by, not their login
        for (String person : List.of("张处员", "赵处长", "王办公", "孙保密", "刘副局长")) {
            assertTrue(history.contains(person), person + " in " + history);
        }
        assertFalse(history.contains("depthead"), history);

        String catalogue = as(desk, "deptstaff", () -> {
            desk.driver().get(app.url() + "catalogue/entries.xhtml?q=" + title);
            return desk.driver().findElement(By.id("entries")).getText();
        });
        assertTrue(catalogue.contains(title) && catalogue.contains(index), catalogue);
        assertEquals(List.of(), desk.consoleErrors());
        assertEquals(List.of(), phone.consoleErrors());
    }

    @Test
    void eachStepCanReturnTheItemToTheDepartmentWithAComment() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        long id = as(desk, "deptstaff", () -> DraftPage.open(desk.driver(), app.url()).title(unique("退回测试"))
                .body("正文。").writtenDate(TODAY.toString()).subject("工业、交通").attribute("主动公开").save()).id();

        ItemPage back = as(desk, "depthead", () -> open(desk, id).returnToDraft("请补充数据来源。"));
        assertReturned(back, "请补充数据来源。");

        as(desk, "depthead", () -> open(desk, id).confirm());
        assertReturned(as(desk, "office", () -> open(desk, id).returnToDraft("公开属性需处室再研究。")), "公开属性需处室再研究。");

        as(desk, "depthead", () -> open(desk, id).confirm());
        as(desk, "office", () -> open(desk, id).review());
        assertReturned(as(desk, "office", () -> open(desk, id).returnToDraft("审核后发现附件缺失。")), "审核后发现附件缺失。");

        as(desk, "depthead", () -> open(desk, id).confirm());
        as(desk, "office", () -> open(desk, id).review());
        as(desk, "secrecy", () -> open(desk, id).passSecrecy());
        ItemPage byLeader = as(desk, "leader", () -> open(desk, id).returnToDraft("数据口径与统计局不一致。"));
        assertReturned(byLeader, "数据口径与统计局不一致。");
        assertEquals(4, byLeader.history().split("退回", -1).length - 1, byLeader.history());
        assertEquals(List.of(), desk.consoleErrors());
    }

    @Test
    void aBadDraftingSheetIsRefusedOnItsFieldsAndKeepsWhatWasTyped() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        String title = unique("文号有误的拟稿");
        as(desk, "deptstaff", () -> {
            DraftPage empty = DraftPage.open(desk.driver(), app.url()).saveExpectingRefusal();
            assertTrue(empty.allMessages().contains("标题"), empty.allMessages());
            assertTrue(empty.allMessages().contains("成文日期"), empty.allMessages());

            DraftPage page = DraftPage.open(desk.driver(), app.url()).title(title).body("正文。")
                    .writtenDate(TODAY.toString()).subject("综合政务").documentNumber("郑大数据2019-23")
                    .attribute("主动公开").saveExpectingRefusal();
            assertTrue(page.allMessages().contains("文号“郑大数据2019-23”格式不正确"), page.allMessages());
            assertEquals(title, page.typedTitle(), "what was typed stays");
            assertTrue(desk.driver().getCurrentUrl().contains("edit.xhtml"));

            desk.driver().get(app.url() + "catalogue/queue.xhtml?state=DRAFT");
            assertFalse(desk.driver().findElement(By.id("items")).getText().contains(title), "nothing was saved");
            return null;
        });
        assertEquals(List.of(), desk.consoleErrors());
    }

    @Test
    void theSecondOfTwoReviewersIsToldTheItemChanged() throws Exception {
        Browser first = browser(Browser.DESKTOP);
        long id = as(first, "deptstaff", () -> DraftPage.open(first.driver(), app.url()).title(unique("两人同时审核"))
                .body("正文。").writtenDate(TODAY.toString()).subject("综合政务").attribute("主动公开").save()).id();
        as(first, "depthead", () -> open(first, id).confirm());

        Browser second = browser(Browser.DESKTOP);
        login(first, "office");
        login(second, "officehead");
        ItemPage a = open(first, id);
        ItemPage b = open(second, id);
        assertEquals("待保密审查", a.review().state());
        ItemPage refused = b.step("decide:review");
        assertTrue(refused.messages().contains("数据已被他人修改"), refused.messages());
    }

    @Test
    void theOfficeHeadConfiguresASecondLevelCategoryAndAChannelThatTheScreensOffer() throws Exception {
        Browser desk = browser(Browser.DESKTOP);
        String subcategory = unique("公共数据开放");
        String channel = unique("郑州数据发布微信公众号");
        as(desk, "officehead", () -> {
            SettingsPage settings = SettingsPage.open(desk.driver(), app.url()).addSubcategory("科技、教育", subcategory)
                    .addChannel(channel);
            assertTrue(settings.subcategories().contains(subcategory), settings.subcategories());
            assertTrue(settings.channels().contains(channel), settings.channels());
            return null;
        });
        assertFalse(as(desk, "office", () -> SettingsPage.open(desk.driver(), app.url()).mayChange()),
                "office staff see the settings but cannot change them");
        List<String> offered = as(desk, "deptstaff", () -> DraftPage.open(desk.driver(), app.url())
                .subject("科技、教育").subcategoriesOffered());
        assertTrue(offered.contains(subcategory), offered.toString());
        assertEquals(List.of(), desk.consoleErrors());
    }

    // ---- helpers -------------------------------------------------------------------------

    interface Steps<T> {
        T run() throws Exception;
    }

    /** Logs in as a demo user, runs the steps, logs out. */
    <T> T as(Browser browser, String username, Steps<T> steps) throws Exception {
        login(browser, username);
        try {
            return steps.run();
        } finally {
            browser.driver().findElement(By.id("logout")).click();
            LoginPage.at(browser.driver());
        }
    }

    void login(Browser browser, String username) {
        LoginPage.open(browser.driver(), app.url()).loginAs(username, DemoDirectory.DEMO_PASSWORD);
    }

    ItemPage open(Browser browser, long id) {
        return ItemPage.open(browser.driver(), app.url(), id);
    }

    Browser browser(org.openqa.selenium.Dimension size) throws Exception {
        Browser browser = new Browser(size);
        browsers.add(browser);
        return browser;
    }

    static void assertReturned(ItemPage page, String comment) {
        assertEquals("拟稿", page.state());
        assertEquals(comment, page.lastComment());
    }

    static void assertNoHorizontalScroll(Browser browser) {
        WebDriver driver = browser.driver();
        Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).longValue() <= 0, "horizontal overflow of " + overflow + " px at " + driver.getCurrentUrl());
    }

    static String unique(String title) {
        return title + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }
}
