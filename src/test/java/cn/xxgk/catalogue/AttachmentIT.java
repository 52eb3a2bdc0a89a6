package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.TestSettings;
import cn.xxgk.testsupport.ArquillianSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments on the real stack: multipart upload, type from the content, byte-identical
 * downloads, disguised and oversize files refused with nothing saved, department and state
 * refusals, the public download of published entries, and new versions carrying their files.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentIT extends AttachmentItSupport {

    @Test
    void uploadedFilesComeBackByteIdenticalWithTheTypeOfTheirContent() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long id = draft(staff, unique("附件上传"));
        byte[] pdf = AttachmentSamples.pdf(unique("upload"));
        byte[] docx = AttachmentSamples.docx();
        byte[] png = AttachmentSamples.png();

        // the browser's guess of the type is ignored: everything is sent as octet-stream
        JsonObject pdfRow = uploaded(staff, id, "关于数据开放的通知.pdf", pdf);
        JsonObject docxRow = uploaded(staff, id, "起草说明.docx", docx);
        JsonObject pngRow = uploaded(staff, id, "现场照片.PNG", png);

        assertEquals("application/pdf", pdfRow.getString("mediaType"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docxRow.getString("mediaType"));
        assertEquals("image/png", pngRow.getString("mediaType"));
        assertEquals("关于数据开放的通知.pdf", pdfRow.getString("fileName"));
        assertEquals(sha256(pdf), pdfRow.getString("sha256"));
        assertEquals(pdf.length, pdfRow.getJsonNumber("sizeBytes").longValue());

        JsonArray listed = jsonArray(staff.get("api/v1/gov-info/" + id + "/attachments"));
        assertEquals(List.of("关于数据开放的通知.pdf", "起草说明.docx", "现场照片.PNG"),
                listed.getValuesAs(JsonObject.class).stream().map(a -> a.getString("fileName")).toList());

        AppClient office = loggedIn("office");
        assertDownload(staff, pdfRow, pdf, "application/pdf");
        assertDownload(office, docxRow, docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertDownload(staff, pngRow, png, "image/png");

        HttpResponse<byte[]> pdfDownload = staff.download("api/v1/gov-info/attachments/" + pdfRow.getJsonNumber("id"));
        assertEquals("attachment; filename=\"_________.pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode("关于数据开放的通知", StandardCharsets.UTF_8) + ".pdf",
                pdfDownload.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", pdfDownload.headers().firstValue("X-Content-Type-Options").orElseThrow());

        Path stored = store.resolve(db.text("SELECT storage_key FROM gov_info_attachment WHERE id = " + pdfRow.getJsonNumber("id")));
        assertArrayEquals(pdf, Files.readAllBytes(stored), "kept in the store under its checksum");
        assertEquals(3, db.count(auditBefore, "deptstaff", "GOV_INFO_ATTACHMENT_ADD", "SUCCESS"));
    }

    @Test
    void aDisguisedFileIsRefusedInChineseWithNoRowAndNoFile() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long id = draft(staff, unique("伪装附件"));
        long filesBefore = storedFiles();

        HttpResponse<String> html = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "通知.pdf",
                "application/pdf", AttachmentSamples.html());
        HttpResponse<String> exe = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "说明.docx",
                "application/octet-stream", AttachmentSamples.exe());
        HttpResponse<String> zip = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "扫描件.pdf",
                "application/pdf", AttachmentSamples.zip());

        for (HttpResponse<String> refused : List.of(html, exe, zip)) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertTrue(refused.body().contains("疑为伪装文件"), refused.body());
        }
        assertTrue(html.body().contains("通知.pdf") && html.body().contains("text/html"), html.body());
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + id));
        assertEquals(filesBefore, storedFiles(), "no file kept");
        assertEquals(0, incomingFiles(), "no upload left half-received");
        assertEquals(3, db.count(auditBefore, "deptstaff", "GOV_INFO_ATTACHMENT_ADD", "FAILED"));

        HttpResponse<String> unsupported = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "setup.exe",
                "application/octet-stream", AttachmentSamples.exe());
        assertEquals(400, unsupported.statusCode());
        assertTrue(unsupported.body().contains("不支持"), unsupported.body());
    }

    @Test
    void anOversizeOrEmptyFileIsRefused() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long id = draft(staff, unique("超大附件"));
        byte[] pdf = AttachmentSamples.pdf("big");
        byte[] oversize = new byte[(int) TestSettings.ATTACHMENT_MAX_BYTES + 1];
        System.arraycopy(pdf, 0, oversize, 0, pdf.length);
        long filesBefore = storedFiles();

        HttpResponse<String> tooLarge = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "大文件.pdf",
                "application/pdf", oversize);
        HttpResponse<String> empty = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "空文件.pdf",
                "application/pdf", new byte[0]);

        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("超过大小限制 1 MB"), tooLarge.body());
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("空文件"), empty.body());
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + id));
        assertEquals(filesBefore, storedFiles());
        assertEquals(0, incomingFiles());

        byte[] atTheLimit = new byte[(int) TestSettings.ATTACHMENT_MAX_BYTES];
        System.arraycopy(pdf, 0, atTheLimit, 0, pdf.length);
        atTheLimit[atTheLimit.length - 1] = (byte) SERIAL.incrementAndGet();
        assertEquals(201, staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "刚好.pdf",
                "application/pdf", atTheLimit).statusCode());
    }

    @Test
    void anotherDepartmentCannotUploadListOrDownloadAnUnpublishedItemsAttachments() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long id = draft(staff, unique("他处室附件"));
        JsonObject row = uploaded(staff, id, "内部材料.pdf", AttachmentSamples.pdf(unique("internal")));
        long otherDepartment = db.scalar("SELECT id FROM department WHERE name = '数据资源处'");
        db.execute("UPDATE gov_info SET department_id = " + otherDepartment + " WHERE id = " + id);

        HttpResponse<String> upload = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "再传.pdf",
                "application/pdf", AttachmentSamples.pdf(unique("again")));
        HttpResponse<String> list = staff.get("api/v1/gov-info/" + id + "/attachments");
        HttpResponse<byte[]> download = staff.download("api/v1/gov-info/attachments/" + row.getJsonNumber("id"));
        HttpResponse<String> remove = staff.delete("api/v1/gov-info/attachments/" + row.getJsonNumber("id"));

        assertEquals(403, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("无权访问"), upload.body());
        assertEquals(403, list.statusCode(), list.body());
        assertEquals(403, download.statusCode());
        assertEquals(403, remove.statusCode(), remove.body());
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + id));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_ATTACHMENT_ADD", "REFUSED"));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_ATTACHMENT_REMOVE", "REFUSED"));
        assertEquals(2, db.count(auditBefore, "deptstaff", "GOV_INFO_READ", "REFUSED"), "the list and the download");
        // the office sees every department's items
        assertEquals(200, loggedIn("office").download("api/v1/gov-info/attachments/" + row.getJsonNumber("id")).statusCode());
    }

    @Test
    void attachmentsAreFixedOnceTheItemLeftDraft() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long id = draft(staff, unique("已确认附件"));
        JsonObject row = uploaded(staff, id, "初稿.pdf", AttachmentSamples.pdf(unique("draft")));
        HttpResponse<String> byHead = loggedIn("depthead").postFile("api/v1/gov-info/" + id + "/attachments", "file",
                "负责人.pdf", "application/pdf", AttachmentSamples.pdf(unique("head")));
        assertEquals(403, byHead.statusCode(), "only department staff attach files");

        long version = db.scalar("SELECT version FROM gov_info WHERE id = " + id);
        assertEquals(200, loggedIn("depthead").sendJson("POST", "api/v1/gov-info/" + id + "/confirm",
                "{\"version\":" + version + "}").statusCode());

        HttpResponse<String> upload = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "补充.pdf",
                "application/pdf", AttachmentSamples.pdf(unique("late")));
        HttpResponse<String> remove = staff.delete("api/v1/gov-info/attachments/" + row.getJsonNumber("id"));

        for (HttpResponse<String> refused : List.of(upload, remove)) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("已由处室负责人确认"), refused.body());
        }
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + id));
    }

    @Test
    void aDraftsAttachmentCanBeRemovedByItsDepartment() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long id = draft(staff, unique("删除附件"));
        JsonObject row = uploaded(staff, id, "误传.pdf", AttachmentSamples.pdf(unique("mistake")));

        HttpResponse<String> removed = staff.delete("api/v1/gov-info/attachments/" + row.getJsonNumber("id"));

        assertEquals(204, removed.statusCode(), removed.body());
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + id));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_ATTACHMENT_REMOVE", "SUCCESS"));
        assertEquals(400, staff.download("api/v1/gov-info/attachments/" + row.getJsonNumber("id")).statusCode());
    }

    @Test
    void thePublicDownloadsAttachmentsOfPublishedEntriesOnlyAndANewVersionCarriesThem() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long id = draft(staff, unique("公开附件"));
        byte[] pdf = AttachmentSamples.pdf(unique("public"));
        JsonObject row = uploaded(staff, id, "公开的附件.pdf", pdf);
        long attachmentId = row.getJsonNumber("id").longValue();
        AppClient office = loggedIn("office");
        JsonObject item = ok(loggedIn("depthead"), id, "confirm", version(id), "");
        item = ok(office, id, "review", version(item), "");
        item = ok(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"PASSED\"");
        item = ok(loggedIn("director"), id, "sign-off", version(item), ""); // an official document (seed 三(四))
        item = ok(office, id, "catalogue", version(item), "");
        String index = item.getString("indexNumber");
        AppClient anonymous = new AppClient(base.toString());
        String publicPath = "api/v1/catalogue/" + index + "/attachments/" + attachmentId;

        HttpResponse<byte[]> beforePublication = anonymous.download(publicPath);
        assertEquals(404, beforePublication.statusCode());

        item = ok(office, id, "publish", version(item),
                "\"publishedDate\":\"" + today + "\",\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]");
        HttpResponse<byte[]> afterPublication = anonymous.download(publicPath);
        assertEquals(200, afterPublication.statusCode());
        assertArrayEquals(pdf, afterPublication.body());
        assertEquals("application/pdf", mediaType(afterPublication));
        JsonObject entry = json(anonymous.get("api/v1/catalogue/" + index));
        JsonObject listed = entry.getJsonArray("attachments").getJsonObject(0);
        assertEquals(attachmentId, listed.getJsonNumber("id").longValue());
        assertEquals("公开的附件.pdf", listed.getString("fileName"));
        assertEquals(sha256(pdf), listed.getString("sha256"));
        // an attachment of another item is not reachable under this entry's index number
        long otherItem = draft(staff, unique("别的附件"));
        JsonObject other = uploaded(staff, otherItem, "别的.pdf", AttachmentSamples.pdf(unique("other")));
        assertEquals(404, anonymous.download("api/v1/catalogue/" + index + "/attachments/" + other.getJsonNumber("id")).statusCode());

        // a change after publication: the new version carries the same file
        long filesBefore = storedFiles();
        JsonObject next = json(step(office, id, "revise", version(item), ""));
        long nextId = next.getJsonNumber("id").longValue();
        JsonObject carried = jsonArray(staff.get("api/v1/gov-info/" + nextId + "/attachments")).getJsonObject(0);
        assertNotEquals(attachmentId, carried.getJsonNumber("id").longValue());
        assertEquals("公开的附件.pdf", carried.getString("fileName"));
        assertEquals(sha256(pdf), carried.getString("sha256"));
        assertEquals(db.text("SELECT storage_key FROM gov_info_attachment WHERE id = " + attachmentId),
                db.text("SELECT storage_key FROM gov_info_attachment WHERE id = " + carried.getJsonNumber("id")));
        assertEquals(filesBefore, storedFiles(), "the same stored file, not a copy");

        // removing it from the new draft leaves the published version as it was
        assertEquals(204, staff.delete("api/v1/gov-info/attachments/" + carried.getJsonNumber("id")).statusCode());
        assertEquals(200, anonymous.download(publicPath).statusCode());
    }

    @Test
    void theBureausRulesCarryTheirPdf() throws Exception {
        AppClient anonymous = new AppClient(base.toString());
        JsonObject attachment = json(anonymous.get("api/v1/catalogue/MB1532375/2019-00045"))
                .getJsonArray("attachments").getJsonObject(0);

        HttpResponse<byte[]> pdf = anonymous.download("api/v1/catalogue/MB1532375/2019-00045/attachments/"
                + attachment.getJsonNumber("id"));

        assertEquals("郑州市大数据管理局政府信息公开制度.pdf", attachment.getString("fileName"));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(attachment.getString("sha256"), sha256(pdf.body()));
    }

    @Test
    void theAttachmentEndpointsAreDocumentedInOpenApi() throws Exception {
        HttpResponse<String> openapi = new AppClient(base.toString())
                .get(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");

        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/gov-info/{id}/attachments")
                && openapi.body().contains("/catalogue/{organisationCode}/{yearSerial}/attachments/{attachmentId}"),
                openapi.body());
    }

    @Test
    void aStoredFileChangedOnDiskIsNotServed() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long id = draft(staff, unique("篡改附件"));
        JsonObject row = uploaded(staff, id, "原件.pdf", AttachmentSamples.pdf(unique("tamper")));
        Path stored = store.resolve(db.text("SELECT storage_key FROM gov_info_attachment WHERE id = " + row.getJsonNumber("id")));

        Files.write(stored, AttachmentSamples.pdf("changed behind the application's back"));

        HttpResponse<byte[]> download = staff.download("api/v1/gov-info/attachments/" + row.getJsonNumber("id"));
        assertEquals(500, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }
}
