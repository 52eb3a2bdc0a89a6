package cn.xxgk.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.devserver.ArchiveVerifyCommand;
import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.devserver.PayaraProcess;
import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.TestDatabaseServer;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive (issue #15 item 5) on the application as the run command starts it, restarted on the
 * same database and archive directory where a test needs it: a closed request and a published entry
 * sealed, downloaded and verified; a file changed on disk named by the check; a year run killed with
 * the server midway and started again after the restart finishes without a record twice, and every
 * package still verifies.
 */
class ArchiveIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    private static Coordinates db;
    private static Map<String, String> settings;
    private static Path archive;
    private static int port;
    private static PayaraProcess payara;
    private static int boots;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabaseServer.get().newDatabase();
        settings = new HashMap<>(TestSettings.applicationSettings(db, 2525));
        archive = Files.createTempDirectory(TestSettings.war().toAbsolutePath().getParent(), "archive-");
        settings.put("xxgk.archive.dir", archive.toString());
        settings.put("xxgk.archive.stalled-seconds", "3");
        port = PayaraProcess.freePort();
        boot();
    }

    private static void boot() throws Exception {
        File log = new File("target/payara-archive-" + (++boots) + ".log");
        payara = PayaraProcess.start(TestSettings.war(), TestSettings.serverLib(), TestSettings.serverConfig(), port, settings, log);
        payara.awaitReady(Duration.ofMinutes(4));
        new AppClient(payara.baseUrl()); // waits for the demo data
    }

    @AfterAll
    static void stop() throws Exception {
        if (payara != null) {
            payara.close();
        }
    }

    @Test
    void aClosedRequestAndAPublishedEntryAreSealedDownloadedVerifiedAndATamperedFileIsNamed() throws Exception {
        AppClient office = login("office");
        long requestId = first(office.get("api/v1/requests?state=CLOSED"));
        long entryId = first(office.get("api/v1/gov-info?state=PUBLISHED"));

        JsonObject request = json(assertStatus(201, office.sendJson("POST", "api/v1/archive/requests/" + requestId, "")));
        assertTrue(request.getString("archiveNumber").matches(YEAR + "-D10-MB1532375-\\d{4}"), request.toString());
        JsonObject again = json(assertStatus(200, office.sendJson("POST", "api/v1/archive/requests/" + requestId, "")));
        assertEquals(request.getString("archiveNumber"), again.getString("archiveNumber"), "sealed once");
        JsonObject entry = json(assertStatus(201, office.sendJson("POST", "api/v1/archive/entries/" + entryId, "")));
        assertTrue(entry.getString("archiveNumber").matches("2019-(Y|D30)-MB1532375-0001"), entry.toString());

        Map<String, byte[]> files = unzip(office.getBytes("api/v1/archive/packages/" + request.getJsonNumber("id") + "/zip"));
        String prefix = request.getString("archiveNumber") + "/";
        assertTrue(files.keySet().stream().anyMatch(n -> n.startsWith(prefix + "letters/") && n.endsWith(".pdf")), files.keySet().toString());
        assertTrue(new String(files.get(prefix + "record.pdf"), 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        JsonObject record = Json.createReader(new ByteArrayInputStream(files.get(prefix + "record.json"))).readObject();
        assertEquals(requestId, record.getJsonNumber("objectId").longValue());
        assertFalse(record.getJsonArray("steps").isEmpty());

        long audited = endedRequest(office, "张三");
        JsonObject petition = json(assertStatus(201, office.sendJson("POST", "api/v1/archive/requests/" + audited, "")));
        String petitionPrefix = petition.getString("archiveNumber") + "/";
        JsonObject petitionRecord = Json.createReader(new ByteArrayInputStream(
                unzip(office.getBytes("api/v1/archive/packages/" + petition.getJsonNumber("id") + "/zip")).get(petitionPrefix + "record.json")))
                .readObject();
        assertTrue(petitionRecord.getJsonArray("audit").stream().anyMatch(a -> a.asJsonObject().getString("action")
                .equals("REQUEST_NOT_A_REQUEST")), "the audit rows about the request are sealed with it: " + petitionRecord);
        String manifest = new String(files.get(prefix + "manifest.sha256"), StandardCharsets.UTF_8);
        for (String line : manifest.split("\n")) {
            assertEquals(line.substring(0, 64), sha256(files.get(prefix + line.substring(66))), line);
        }

        AppClient discipline = login("discipline");
        assertTrue(verify(discipline).getBoolean("intact"));
        Path letter = archive.resolve(YEAR + "/" + request.getString("archiveNumber"))
                .resolve(manifest.lines().filter(l -> l.contains("letters/")).findFirst().orElseThrow().substring(66));
        byte[] original = Files.readAllBytes(letter);
        try {
            Files.write(letter, "altered".getBytes(StandardCharsets.UTF_8));
            JsonObject broken = verify(discipline);
            assertFalse(broken.getBoolean("intact"));
            assertEquals(request.getString("archiveNumber"), broken.getString("archiveNumber"));
            assertEquals(archive.resolve(YEAR + "/" + request.getString("archiveNumber")).relativize(letter).toString(), broken.getString("path"));
            assertEquals("FILE_CHANGED", broken.getString("problem"));
            assertEquals(1, ArchiveVerifyCommand.run(db.url(), db.user(), db.password(), archive), "the command line finds it too");
            assertStatus(400, office.getBytes("api/v1/archive/packages/" + request.getJsonNumber("id") + "/zip"));
        } finally {
            Files.write(letter, original);
        }
        assertTrue(verify(discipline).getBoolean("intact"));
        assertEquals(0, ArchiveVerifyCommand.run(db.url(), db.user(), db.password(), archive));
        assertStatus(403, discipline.sendJson("POST", "api/v1/archive/requests/" + requestId, ""));
        assertStatus(400, office.sendJson("POST", "api/v1/archive/runs", "{\"year\": " + (YEAR + 1) + "}"));
        // the rule accepts for a kind only its classifiers (a reply outcome is no key content category); discipline reads only
        assertStatus(400, office.sendJson("PUT", "api/v1/archive/rules", "{\"kind\":\"ENTRY\",\"classifier\":\"NOT_DISCLOSED\",\"retention\":\"Y\"}"));
        assertStatus(403, discipline.sendJson("PUT", "api/v1/archive/rules", "{\"kind\":\"REQUEST\",\"classifier\":\"*\",\"retention\":\"Y\"}"));
    }

    @Test
    void aYearRunCutOffByAServerKilledMidwayIsFinishedAfterTheRestartWithoutARecordTwice() throws Exception {
        AppClient office = login("office");
        for (int i = 0; i < 25; i++) {
            endedRequest(office, "信访人" + i);
        }
        JsonObject run = json(assertStatus(202, office.sendJson("POST", "api/v1/archive/runs", "{\"year\": " + YEAR + "}")));
        long total = 0;
        for (long deadline = System.nanoTime() + 120_000_000_000L; ; ) {
            JsonObject now = json(office.get("api/v1/archive/runs/" + run.getJsonNumber("id")));
            total = now.getInt("total");
            if (now.getInt("done") >= 10) {
                break;
            }
            assertTrue(System.nanoTime() < deadline && "RUNNING".equals(now.getString("state")), now.toString());
            Thread.sleep(100);
        }
        payara.handle().destroyForcibly();
        payara.close();
        long sealedWhenKilled = scalar("SELECT COUNT(*) FROM archive_package WHERE archive_year = " + YEAR);
        assertTrue(total >= 26 && sealedWhenKilled < total, "killed midway: " + sealedWhenKilled + " of " + total);

        boot();
        office = login("office");
        assertTrue(verify(login("discipline")).getBoolean("intact"), "every package verifies after the restart");
        // the cut-off run is answered as under way until it counts as stalled (xxgk.archive.stalled-seconds without progress)
        JsonObject resumed;
        for (long deadline = System.nanoTime() + 30_000_000_000L; ; Thread.sleep(200)) {
            resumed = json(assertStatus(202, office.sendJson("POST", "api/v1/archive/runs", "{\"year\": " + YEAR + "}")));
            if (resumed.getJsonNumber("id").longValue() != run.getJsonNumber("id").longValue()) {
                break;
            }
            assertTrue(System.nanoTime() < deadline, "the cut-off run never counted as stalled: " + resumed);
        }
        for (long deadline = System.nanoTime() + 180_000_000_000L; ; Thread.sleep(200)) {
            JsonObject now = json(office.get("api/v1/archive/runs/" + resumed.getJsonNumber("id")));
            if ("FINISHED".equals(now.getString("state"))) {
                assertEquals(now.getInt("total"), now.getInt("done"), now.toString());
                break;
            }
            assertTrue(System.nanoTime() < deadline && "RUNNING".equals(now.getString("state")), now.toString());
        }
        assertEquals(total, scalar("SELECT COUNT(*) FROM archive_package WHERE archive_year = " + YEAR));
        assertEquals(0, scalar("SELECT COUNT(*) - COUNT(DISTINCT object_id) FROM archive_package WHERE kind = 'REQUEST'"));
        assertEquals(scalar("SELECT COUNT(*) FROM archive_package WHERE archive_year = " + YEAR + " AND retention = 'D10'"),
                scalar("SELECT MAX(item_no) FROM archive_package WHERE archive_year = " + YEAR + " AND retention = 'D10'"),
                "件号 without a gap");
        assertTrue(verify(login("discipline")).getBoolean("intact"));
        String page = office.browse("archive/index.xhtml?year=" + YEAR).body();
        assertTrue(page.contains(YEAR + " 年度归档完成"), page);
    }

    private static String form(String applicant) {
        return Json.createObjectBuilder().add("channel", "IN_PERSON").add("applicantType", "NATURAL_PERSON")
                .add("applicantName", applicant).add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber())
                .add("phone", "0371-67188888").add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", "反映某企业的问题，要求查处。" + applicant).add("formWanted", "PAPER").add("deliveryWanted", "POST")
                .build().toString();
    }

    /** A valid resident ID number (check character by GB 11643). */
    private static String idNumber() {
        String first17 = "41010519900615021";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A request registered and set aside as not a request (Art. 39) through the API: ended, and audited. */
    private static long endedRequest(AppClient office, String applicant) throws Exception {
        JsonObject receipt = json(assertStatus(201, office.sendJson("POST", "api/v1/requests", form(applicant))));
        assertStatus(200, office.sendJson("POST", "api/v1/requests/" + receipt.getJsonNumber("id") + "/not-a-request",
                "{\"version\": " + receipt.getJsonNumber("version") + ", \"note\": \"属于信访事项，已转信访部门。\"}"));
        return receipt.getJsonNumber("id").longValue();
    }

    private static AppClient login(String user) throws Exception {
        AppClient client = new AppClient(payara.baseUrl());
        client.login(user, DemoDirectory.DEMO_PASSWORD);
        return client;
    }

    private static JsonObject verify(AppClient client) throws Exception {
        return json(assertStatus(200, client.sendJson("POST", "api/v1/archive/verification", "")));
    }

    private static long first(HttpResponse<String> list) {
        JsonArray rows = Json.createReader(new StringReader(assertStatus(200, list).body())).readArray();
        assertFalse(rows.isEmpty(), list.body());
        return rows.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static <T> HttpResponse<T> assertStatus(int status, HttpResponse<T> response) {
        assertEquals(status, response.statusCode(), () -> String.valueOf(response.body() instanceof byte[] b
                ? new String(b, StandardCharsets.UTF_8) : response.body()));
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static Map<String, byte[]> unzip(HttpResponse<byte[]> zip) throws Exception {
        assertStatus(200, zip);
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static long scalar(String query) throws Exception {
        try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
             Statement sql = owner.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
