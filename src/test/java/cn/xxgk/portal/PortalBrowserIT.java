package cn.xxgk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.PublicCalculatorPage;
import cn.xxgk.testsupport.pages.PublicEntryPage;
import cn.xxgk.testsupport.pages.PublicPage;
import cn.xxgk.testsupport.pages.PublicSearchPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A citizen on a phone reads the public portal (Art. 24: search, view, download): the demo catalogue
 * publishes the bureau's rules (MB1532375/2019-00045) with their PDF. Every public page passes
 * axe-core's WCAG 2.1 A/AA rules with no serious or critical violation, and reading and searching
 * work with script turned off.
 */
class PortalBrowserIT {

    static final String RULES = "MB1532375/2019-00045";
    static final String RULES_TITLE = "郑州市大数据管理局政府信息公开制度";

    RunningApp app;
    Browser browser;

    @BeforeEach
    void setUp() throws Exception {
        app = RunningApp.local();
        browser = new Browser(Browser.PHONE);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void aCitizenFindsAnEntryByATwoCharacterWordOpensItAndDownloadsItsAttachment() throws Exception {
        PublicPage home = PublicPage.open(browser.driver(), app.url(), "");
        assertEquals("zh-CN", home.lang(), "an anonymous visitor at / lands on the public home");

        PublicSearchPage results = home.search("制度");

        assertTrue(results.titles().contains(RULES_TITLE), results.titles().toString());
        assertTrue(results.marked().contains("制度"), "the word is marked in the hits: " + results.marked());
        PublicEntryPage entry = results.open(RULES_TITLE);
        assertEquals(RULES, entry.header("索引号"));
        assertEquals("郑大数据〔2019〕23号", entry.header("文号"));
        assertTrue(entry.body().contains("政府信息公开"), entry.body());
        String file = RULES_TITLE + ".pdf";
        Path folder = Files.createTempDirectory("xxgk-download");
        Path downloaded = entry.download(file, folder);
        byte[] bytes = Files.readAllBytes(downloaded);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(entry.shownHash(file),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                "the file is the one whose checksum the page shows");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theLargeTextModePersistsAcrossPages() {
        PublicPage home = PublicPage.open(browser.driver(), app.url(), "public/");
        assertFalse(home.largeText());

        PublicPage large = home.switchTextSize();
        PublicPage guide = large.navigate("公开指南");

        assertTrue(large.largeText());
        assertTrue(guide.largeText(), "the choice is kept for the next page");
        assertEquals("20px", guide.rootFontSize());
        assertEquals("公开指南", guide.title());
        assertFalse(guide.switchTextSize().largeText(), "and can be switched back");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void readingAndSearchingWorkWithoutJavaScript() {
        PublicPage.disableJavaScript(browser.driver());
        PublicPage home = PublicPage.open(browser.driver(), app.url(), "public/");

        PublicSearchPage results = home.search("公开");
        assertTrue(results.hitCount().startsWith("共找到"), results.hitCount());
        PublicEntryPage entry = results.open(RULES_TITLE);
        assertEquals(RULES, entry.header("索引号"));

        PublicCalculatorPage calculator = PublicCalculatorPage.open(browser.driver(), app.url());
        assertTrue(calculator.calculate("答复申请（20 个工作日）", "2025-09-30").contains("2025-11-04"),
                "the calculator answers from the server: 20 working days after 30 September 2025 (Art. 33)");
    }

    @Test
    void everyPublicPageHasNoSeriousOrCriticalAccessibilityViolation() {
        List<String> pages = List.of("public/", "public/search?q=%E5%85%AC%E5%BC%80", "public/search?year=abc",
                "public/entry/" + RULES, "public/guide", "public/rules", "public/reports",
                "public/calculator?period=REPLY&start=2025-09-30");
        for (String path : pages) {
            PublicPage page = PublicPage.open(browser.driver(), app.url(), path);

            assertEquals(List.of(), page.seriousAccessibilityViolations(), path);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }
}
