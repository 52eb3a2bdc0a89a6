package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;

/** What the attachment ITs add to the catalogue's: the store's directory, uploads, downloads, drafts. */
abstract class AttachmentItSupport extends CatalogueItSupport {

    Path store;

    @BeforeEach
    void setUpStore() {
        store = ArquillianSetup.attachmentsDirectory();
    }

    void assertDownload(AppClient client, JsonObject row, byte[] expected, String type) throws Exception {
        HttpResponse<byte[]> response = client.download("api/v1/gov-info/attachments/" + row.getJsonNumber("id"));
        assertEquals(200, response.statusCode());
        assertArrayEquals(expected, response.body(), row.getString("fileName"));
        assertEquals(type, mediaType(response));
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
    }

    /** The Content-Type without parameters (the servlet container adds its charset=UTF-8 to every response). */
    static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
    }

    JsonObject uploaded(AppClient client, long id, String fileName, byte[] content) throws Exception {
        HttpResponse<String> response = client.postFile("api/v1/gov-info/" + id + "/attachments", "file", fileName,
                "application/octet-stream", content);
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(store.resolve("incoming"))).count();
        }
    }

    long incomingFiles() throws IOException {
        Path incoming = store.resolve("incoming");
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.count();
        }
    }

    long draft(AppClient staff, String title) throws Exception {
        HttpResponse<String> response = staff.sendJson("POST", "api/v1/gov-info", """
                {"title":"%s","body":"<p>正文</p>","documentType":"通知","writtenDate":"%s",
                 "subjectCategory":"INDUSTRY_TRANSPORT","keyContentCategory":"BIG_DATA_INDUSTRY",
                 "officialDocument":true,"attribute":"PROACTIVE"}""".formatted(title, today));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).getJsonNumber("id").longValue();
    }

    long version(long id) throws Exception {
        return db.scalar("SELECT version FROM gov_info WHERE id = " + id);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
