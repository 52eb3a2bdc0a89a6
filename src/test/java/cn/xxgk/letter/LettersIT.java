package cn.xxgk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The letters boundary inside Payara: templates, font and PDF libraries load from the WAR, the
 * agency comes from the database, the remedies name the configured government, and a letter that
 * lacks what its kind needs is refused with the Chinese message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString())).addClass(LetterProbe.class);
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aReplyRenderedInTheServerNamesTheAgencyFromTheDatabase() throws Exception {
        HttpResponse<byte[]> response = get("api/v1/letter-probe/REPLY?outcome=NOT_HELD_OTHER_AGENCY&competentAgency=%E9%83%91%E5%B7%9E%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));
        String text = text(response.body());
        assertTrue(text.contains("郑州市大数据管理局2026年11月25日"), text);
        assertTrue(text.contains("负责公开该政府信息的行政机关为郑州市财政局"), text);
        assertTrue(text.contains("六十日内向郑州市人民政府申请行政复议"), text);
        assertTrue(text.contains("张晓明："), text);
    }

    @Test
    void aReceiptAndAReportBackToTheDefaultMunicipalOffice() throws Exception {
        assertTrue(text(get("api/v1/letter-probe/RECEIPT").body()).contains("并于2026年12月1日前作出答复"));
        String report = text(get("api/v1/letter-probe/REPORT_BACK?outcome=DISCLOSED").body());
        assertTrue(report.contains("郑州市人民政府办公厅政务公开办公室："), report);
        assertTrue(report.contains("办理结果为：予以公开。"), report);
    }

    @Test
    void aReplyWithoutTheCompetentAgencyIsRefusedInChinese() throws Exception {
        HttpResponse<byte[]> response = get("api/v1/letter-probe/REPLY?outcome=NOT_HELD_OTHER_AGENCY");

        assertEquals(400, response.statusCode());
        String problem = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(problem.contains("请填写负责公开该政府信息的行政机关名称"), problem);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
