package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.AppClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import cn.xxgk.testsupport.ArquillianSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office's review, the secrecy review and the leader's sign-off on the real stack: who signs
 * what (seed 三(四), 一(三)1), who approves an exemption (seed 三(三)), what a classification leaves
 * behind (secrecy law; seed 三), the consultation and the doubtful secrecy case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewIT extends CatalogueItSupport {

    @Test
    void aClassifiedItemNeverPublishesAndLeavesTheDeadline() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("定密测试"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(loggedIn("office"), id, "review", version(item), "");

        HttpResponse<String> noLevel = step(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"CLASSIFIED\"");
        assertEquals(400, noLevel.statusCode(), noLevel.body());
        item = ok(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"CLASSIFIED\",\"level\":\"CONFIDENTIAL\"");

        assertEquals("CLASSIFIED", item.getString("state"));
        assertNotNull(db.text(deadlineSql("closed_at", id)));
        assertEquals(400, step(loggedIn("leader"), id, "sign-off", version(item), "").statusCode());
    }

    @Test
    void consultationDoubtfulSecrecyOtherAgencyAndANewVersion() throws Exception {
        String extra = "\"involvesOtherAgency\":true,\"otherAgencyName\":\"市财政局\"";
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("涉及他机关"), today, "PROACTIVE", extra, null));
        long id = item.getJsonNumber("id").longValue();
        AppClient office = loggedIn("office");
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(office, id, "consult", version(item), "\"question\":\"能否主动公开？\"");
        assertEquals("CONSULTATION", item.getString("state"));
        assertEquals(400, step(office, id, "review", version(item), "").statusCode(), "waits for the answer");
        item = ok(office, id, "consultation-answer", version(item), "\"answer\":\"可以主动公开\"");
        item = ok(office, id, "review", version(item), "");
        AppClient secrecy = loggedIn("secrecy");
        item = ok(secrecy, id, "secrecy", version(item), "\"outcome\":\"DOUBTFUL\",\"text\":\"是否涉及工作秘密？\"");
        assertEquals("SECRECY_DOUBTFUL", item.getString("state"));
        item = ok(secrecy, id, "secrecy", version(item), "\"outcome\":\"PASSED\",\"text\":\"保密局答复：不涉密\"");
        item = ok(loggedIn("director"), id, "sign-off", version(item), "");
        item = ok(office, id, "catalogue", version(item), "");
        String publish = "\"publishedDate\":\"" + today + "\",\"channels\":[{\"channel\":\"ZHENGZHOU_DAILY\",\"reference\":\"第3版\"}]";

        HttpResponse<String> unconfirmed = step(office, id, "publish", version(item), publish);
        assertEquals(400, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("市财政局"), unconfirmed.body());

        item = ok(office, id, "agency-confirmation", version(item), "\"confirmedBy\":\"市财政局办公室\",\"text\":\"同意公开\"");
        item = ok(office, id, "publish", version(item), publish);
        assertEquals("PUBLISHED", item.getString("state"));

        HttpResponse<String> revised = step(office, id, "revise", version(item), "");
        assertEquals(201, revised.statusCode(), revised.body());
        JsonObject next = json(revised);
        assertEquals("DRAFT", next.getString("state"));
        assertEquals(2, next.getInt("infoVersion"));
        assertEquals(id, next.getJsonNumber("previousId").longValue());
        assertNull(db.text(deadlineSql("closed_at", next.getJsonNumber("id").longValue())), "a change has its own deadline");
        assertEquals(200, new AppClient(base.toString()).get("api/v1/catalogue/" + item.getString("indexNumber")).statusCode(),
                "the published version stays in the catalogue");
    }

    /** Seed 三(四): "局主要领导在签发公文时，最终确定公文的属性" — an official document is the director's to sign. */
    @Test
    void anOfficialDocumentIsSignedByTheDirectorNotTheLeaderInCharge_seed三四() throws Exception {
        JsonObject item = secrecyPassed(unique("公文签发"), today, true);
        long id = id(item);

        HttpResponse<String> byLeader = step(loggedIn("leader"), id, "sign-off", version(item), "");

        assertEquals(403, byLeader.statusCode(), byLeader.body());
        assertEquals(1, db.count(auditBefore, "leader", "GOV_INFO_SIGN_OFF", "REFUSED"));
        assertEquals("SECRECY_PASSED", db.text("SELECT state FROM gov_info WHERE id = " + id));
        JsonObject signed = ok(loggedIn("director"), id, "sign-off", version(item), "");
        assertEquals("director", signed.getString("signedOffBy"));
        assertTrue(!signed.containsKey("signOffDelegation") || signed.isNull("signOffDelegation"), signed.toString());
    }

    /** Seed 一(三)1 and 三(一): the leader in charge heads the review; information other than documents is theirs to sign. */
    @Test
    void otherInformationIsSignedOffByTheLeaderInCharge_seed一三1() throws Exception {
        JsonObject item = secrecyPassed(unique("非公文签发"), today, false);

        JsonObject signed = ok(loggedIn("leader"), id(item), "sign-off", version(item), "");

        assertEquals("SIGNED_OFF", signed.getString("state"));
        assertEquals("leader", signed.getString("signedOffBy"));
    }

    /** The agency may let the leader in charge sign documents too; the item records that it was signed so. */
    @Test
    void aConfiguredDelegationLetsTheLeaderInChargeSignADocumentAndIsRecordedOnTheItem() throws Exception {
        AppClient head = loggedIn("officehead");
        JsonObject delegation = json(anonymous().get("api/v1/catalogue-settings")).getJsonObject("signOffDelegation");
        assertFalse(delegation.getBoolean("officialDocumentsByLeaderInCharge"), "off unless the agency sets it");
        HttpResponse<String> granted = head.sendJson("PUT", "api/v1/catalogue-settings/sign-off-delegation",
                "{\"officialDocumentsByLeaderInCharge\":true,\"version\":" + version(delegation) + "}");
        assertEquals(200, granted.statusCode(), granted.body());
        try {
            assertEquals(403, loggedIn("office").sendJson("PUT", "api/v1/catalogue-settings/sign-off-delegation",
                    "{\"officialDocumentsByLeaderInCharge\":false,\"version\":" + version(json(granted)) + "}").statusCode());
            JsonObject item = secrecyPassed(unique("授权签发"), today, true);
            JsonObject signed = ok(loggedIn("leader"), id(item), "sign-off", version(item), "");
            assertEquals("leader", signed.getString("signedOffBy"));
            assertEquals("OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE", signed.getString("signOffDelegation"));
            assertEquals("OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE",
                    db.text("SELECT sign_off_delegation FROM gov_info WHERE id = " + id(item)));
        } finally {
            assertEquals(200, head.sendJson("PUT", "api/v1/catalogue-settings/sign-off-delegation",
                    "{\"officialDocumentsByLeaderInCharge\":false,\"version\":" + version(json(granted)) + "}").statusCode());
        }
        JsonObject again = secrecyPassed(unique("授权撤回"), today, true);
        assertEquals(403, step(loggedIn("leader"), id(again), "sign-off", version(again), "").statusCode());
    }

    /** Seed 三(三): "办公室负责人对各处室（中心）报送的政府信息进行审核，对免于公开的理由予以审定". */
    @Test
    void onlyTheOfficeHeadApprovesAnExemptionAndItsReason_seed三三() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("免予公开审定"), today, "EXEMPT",
                "\"exemptionGround\":\"ART16_PROCESS_INFORMATION\",\"exemptionReason\":\"讨论过程稿\"", null));
        long id = id(item);
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");

        HttpResponse<String> byStaff = step(loggedIn("office"), id, "review", version(item), "");

        assertEquals(403, byStaff.statusCode(), byStaff.body());
        assertEquals(1, db.count(auditBefore, "office", "GOV_INFO_REVIEW", "REFUSED"));
        JsonObject reviewed = ok(loggedIn("officehead"), id, "review", version(item), "");
        assertEquals("officehead", reviewed.getString("exemptionApprovedBy"));
        reviewed = ok(loggedIn("secrecy"), id, "secrecy", version(reviewed), "\"outcome\":\"PASSED\"");
        JsonObject signed = ok(loggedIn("director"), id, "sign-off", version(reviewed), "");
        assertEquals("EXEMPT", signed.getString("attribute"));
        assertEquals("officehead", signed.getString("exemptionApprovedBy"), "the signature does not replace the approval");
    }

    /**
     * Secrecy law and seed 三: classified content never stays in this system. At the classification
     * the body and the attachments (rows and stored files) are deleted; the metadata stays.
     */
    @Test
    void aClassifiedItemKeepsOnlyItsMetadataAndItsFilesLeaveTheStore() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        String title = unique("定密删除正文");
        JsonObject item = created(staff, draftJson(title, today, "PROACTIVE", null, null));
        long id = id(item);
        HttpResponse<String> upload = staff.postFile("api/v1/gov-info/" + id + "/attachments", "file", "附件.pdf",
                "application/octet-stream", AttachmentSamples.pdf(unique("classified content")));
        assertEquals(201, upload.statusCode(), upload.body());
        Path stored = ArquillianSetup.attachmentsDirectory()
                .resolve(db.text("SELECT storage_key FROM gov_info_attachment WHERE gov_info_id = " + id));
        assertTrue(Files.isRegularFile(stored));
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(loggedIn("office"), id, "review", version(item), "");

        JsonObject classified = ok(loggedIn("secrecy"), id, "secrecy", version(item),
                "\"outcome\":\"CLASSIFIED\",\"level\":\"SECRET\"");

        assertEquals("", db.text("SELECT CONCAT(body_html, body_text) FROM gov_info WHERE id = " + id));
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + id));
        assertFalse(Files.exists(stored), "the stored file is deleted: " + stored);
        assertEquals("", classified.getString("body"));
        assertEquals("CLASSIFIED", classified.getString("state"));
        assertEquals(title, classified.getString("title"));
        assertEquals("SECRET", classified.getString("classificationLevel"));
        assertEquals("secrecy", classified.getString("classifiedBy"));
        assertNotNull(classified.getString("classifiedAt"));
        assertEquals("[]", loggedIn("office").get("api/v1/gov-info/" + id + "/attachments").body().strip());
        assertEquals(400, step(loggedIn("director"), id, "sign-off", version(classified), "").statusCode());
        for (String refused : List.of("catalogue", "publish")) {
            assertEquals(400, step(loggedIn("office"), id, refused, version(classified), "").statusCode(), refused);
        }
    }
}
