package cn.xxgk.request;

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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * What the request browser ITs (RequestBrowserIT, RequestProcedureBrowserIT) share: the running
 * application, the browsers a test opens (closed after it), logging in and out, a filled intake
 * form, and reading due dates and numbers off the pages.
 */
abstract class RequestBrowserSupport {

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
