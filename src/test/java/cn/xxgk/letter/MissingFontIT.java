package cn.xxgk.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.request.control.ResidentIdNumber;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.IntakePage;
import cn.xxgk.testsupport.pages.LoginPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The application with its letter font pointed at a file that does not exist (xxgk.letters.font): it
 * deploys, is ready, every screen opens, and a step that issues a letter (registering a request, which
 * sends the receipt) is refused with a Chinese message, 503 problem+json on the API, and saves nothing.
 * The demo data, whose requests carry letters, is left out with its reason and does not stop the start.
 */
class MissingFontIT {

    static final String MISSING = "/nonexistent/xxgk-letter-font.ttf";

    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start("missing-font", Map.of("xxgk.letters.font", MISSING));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theApplicationIsReadyAndSaysWhyTheDemoRequestsAreMissing() throws Exception {
        AppClient client = new AppClient(app.url());

        HttpResponse<String> ready = client.get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());

        JsonObject started = Json.createReader(new StringReader(client.get("health/started").body())).readObject();
        JsonObject demo = started.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> "demo-data".equals(c.getString("name"))).findFirst().orElseThrow();
        assertEquals("UP", demo.getString("status"), started.toString());
        assertEquals("failed", demo.getJsonObject("data").getString("status"), demo.toString());
        String reason = demo.getJsonObject("data").getString("reason");
        assertTrue(reason.startsWith("demo requests:"), reason);
        assertTrue(reason.contains(MISSING + ": not found"), reason);
        // the parts without letters are there: the accounts log in, the catalogue has the bureau's rules
        assertEquals(302, client.login("office", DemoDirectory.DEMO_PASSWORD).statusCode());
        assertEquals(200, client.get("api/v1/catalogue/MB1532375/2019-00045").statusCode());
        assertEquals(0, app.database().scalar("SELECT COUNT(*) FROM disclosure_request"), "no half-loaded demo request");
    }

    @Test
    void registeringARequestThroughTheApiIsRefusedWith503AndSavesNothing() throws Exception {
        AppClient office = new AppClient(app.url());
        assertEquals(302, office.login("office", DemoDirectory.DEMO_PASSWORD).statusCode());
        long requestsBefore = app.database().scalar("SELECT COUNT(*) FROM disclosure_request");

        HttpResponse<String> refused = office.sendJson("POST", "api/v1/requests", Json.createObjectBuilder()
                .add("channel", "IN_PERSON").add("applicantType", "NATURAL_PERSON").add("applicantName", "王小明")
                .add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber(1)).add("phone", "0371-67188888")
                .add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", "本局2025年部门预算").add("formWanted", "PAPER").add("deliveryWanted", "POST")
                .build().toString());

        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(refused.body().contains("告知书暂时无法生成"), refused.body());
        assertTrue(refused.body().contains("xxgk.letters.font"), refused.body());
        assertFalse(refused.body().contains("Exception"), refused.body());
        assertEquals(requestsBefore, app.database().scalar("SELECT COUNT(*) FROM disclosure_request"), "nothing saved");
    }

    @Test
    void theIntakeScreenShowsTheRefusalAndKeepsWhatWasTyped() throws Exception {
        long requestsBefore = app.database().scalar("SELECT COUNT(*) FROM disclosure_request");
        try (Browser desk = new Browser(Browser.DESKTOP)) {
            LoginPage.open(desk.driver(), app.url()).loginAs("office", DemoDirectory.DEMO_PASSWORD);
            // the home page and the request list open as usual
            desk.driver().get(app.url() + "request/list.xhtml");
            assertTrue(desk.driver().findElement(By.id("requests")).isDisplayed());

            IntakePage page = IntakePage.open(desk.driver(), app.url()).applicant("李娜").idNumber(idNumber(2))
                    .phone("0371-67181234").postalAddress("郑州市金水区经三路 15 号").description("郑州市公共数据开放目录全文")
                    .formWanted("纸质").delivery("邮寄").submitExpectingMessage("告知书暂时无法生成");

            assertEquals("李娜", page.typed("applicantName"), "what was typed stays");
            assertTrue(desk.driver().findElements(By.id("receipt-number")).isEmpty(), "no receipt");
            assertEquals(List.of(), desk.consoleErrors());
        }
        assertEquals(requestsBefore, app.database().scalar("SELECT COUNT(*) FROM disclosure_request"), "nothing saved");
    }

    /** A valid resident ID number (the check character computed by the application's own rule). */
    private static String idNumber(int serial) {
        String first17 = "410105198" + serial + "0101" + "12" + serial;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
