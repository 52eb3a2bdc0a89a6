package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.ImportPage;
import cn.xxgk.testsupport.pages.LoginPage;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The office head imports a historical catalogue on a phone: a check that lists the refused row,
 * then the corrected GBK file imported; the page shows the job again after a reload.
 */
class ImportBrowserIT {

    @Test
    void theOfficeHeadChecksThenImportsAGbkFileOnAPhone() throws Exception {
        RunningApp app = RunningApp.local();
        int serial = (int) (System.nanoTime() % 90_000) + 1;
        String number = "MB1532375/2012-%05d".formatted(serial);
        String header = "索引号,主题分类,成文日期,发布日期,标题,正文\r\n";
        String good = number + ",综合政务,2012-06-01,2012-06-04,二〇一二年政务公开要点,要点正文。\r\n";
        String bad = "MB1532375/2012-%05d,综合政务,2012-06-31,2012-07-02,日期不对,正文。\r\n".formatted(serial % 90_000 + 1);
        Path dir = Files.createTempDirectory("xxgk-import");
        Path withFault = Files.write(dir.resolve("历史目录-有误.csv"), (header + good + bad).getBytes(Charset.forName("GBK")));
        Path corrected = Files.write(dir.resolve("历史目录.csv"), (header + good).getBytes(Charset.forName("GBK")));

        try (Browser phone = new Browser(Browser.PHONE)) {
            LoginPage.open(phone.driver(), app.url()).loginAs("officehead", DemoDirectory.DEMO_PASSWORD);

            ImportPage page = ImportPage.open(phone.driver(), app.url()).mode("只检查（不导入）").upload(withFault);
            assertTrue(page.outcome().contains("有不合格的行"), page.outcome());
            assertTrue(page.refusals().contains("成文日期") && page.refusals().contains("格式不对"), page.refusals());

            page = page.mode("检查并导入").upload(corrected);
            assertTrue(page.outcome().contains("已导入 1 条"), page.outcome());
            assertTrue(page.progress().contains("100%"), page.progress());

            ImportPage reloaded = ImportPage.open(phone.driver(), app.url());
            assertTrue(reloaded.outcome().contains("已导入 1 条"), reloaded.outcome());
            assertEquals(1, app.database().scalar("SELECT COUNT(*) FROM gov_info WHERE index_number = '" + number + "'"));
            assertEquals(List.of(), phone.consoleErrors());
        }
    }
}
