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
}
