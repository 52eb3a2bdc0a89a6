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
import java.io.StringReader;

/**
 * Cataloguing and publication on the real stack: the office's configured channels and second-level
 * categories, the late list and its reminder, and the dates of publication (Art. 26).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationIT extends CatalogueItSupport {

    @Test
    void lateItemsAreListedWithTheWorkingDaysTheyAreLateAndTheDrafterIsReminded() throws Exception {
        LocalDate written = today.minusDays(45);
        AppClient staff = loggedIn("deptstaff");
        long open = created(staff, draftJson(unique("逾期未发布"), written, "PROACTIVE", null, null))
                .getJsonNumber("id").longValue();
        JsonObject late = signedOffWritten(unique("逾期后发布"), written);
        long published = late.getJsonNumber("id").longValue();
        AppClient office = loggedIn("office");
        late = ok(office, published, "catalogue", version(late), "");
        ok(office, published, "publish", version(late), "\"publishedDate\":\"%s\",\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]"
                .formatted(today));

        // expected: the working days after the due date up to today, from the public calendar
        LocalDate due = LocalDate.parse(json(new AppClient(base.toString())
                .get("api/v1/calendar/add?from=" + written + "&workingDays=20")).getString("due"));
        int expected = 0;
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (json(new AppClient(base.toString()).get("api/v1/calendar/days/" + d)).getBoolean("workingDay")) {
                expected++;
            }
        }
        assertTrue(expected > 0, "45 days ago is past 20 working days");

        HttpResponse<String> list = office.get("api/v1/gov-info/late?year=" + today.getYear());
        assertEquals(200, list.statusCode(), list.body());
        var rows = Json.createReader(new StringReader(list.body())).readArray();
        for (long id : List.of(open, published)) {
            JsonObject row = rows.stream().map(v -> v.asJsonObject())
                    .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " not in " + list.body()));
            assertEquals(due.toString(), row.getString("dueDate"));
            assertEquals(expected, row.getInt("workingDaysLate"), row.toString());
        }

        // the open one is overdue: a reminder pass reminds the person who drafted it
        assertEquals(200, loggedIn("officehead").sendJson("POST", "api/v1/notifications/pass", "").statusCode());
        long deadline = db.scalar("SELECT id FROM deadline WHERE subject_type = 'GovInfo' AND subject_id = '" + open + "'");
        assertTrue(db.scalar("SELECT COUNT(*) FROM reminder WHERE deadline_id = " + deadline
                + " AND recipient = 'deptstaff' AND kind LIKE 'OVERDUE%'") >= 1, "an overdue reminder for the drafter");
    }

    @Test
    void channelsAndSecondLevelCategoriesAreTheOfficesConfiguredOnes() throws Exception {
        AppClient head = loggedIn("officehead");
        String channelName = unique("郑州大数据微信公众号");
        HttpResponse<String> added = head.sendJson("POST", "api/v1/catalogue-settings/channels",
                "{\"name\":\"" + channelName + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject channel = json(added);
        String code = channel.getString("code");
        assertEquals(403, loggedIn("office").sendJson("POST", "api/v1/catalogue-settings/channels",
                "{\"name\":\"" + unique("办公室不能加") + "\"}").statusCode(), "only the office head configures");

        String subcategory = unique("数据开放");
        assertEquals(201, head.sendJson("POST", "api/v1/catalogue-settings/subcategories",
                "{\"category\":\"INDUSTRY_TRANSPORT\",\"name\":\"" + subcategory + "\"}").statusCode());
        JsonObject settings = json(new AppClient(base.toString()).get("api/v1/catalogue-settings"));
        assertTrue(settings.toString().contains(channelName) && settings.toString().contains(subcategory), "public list");

        // a second level that is not configured is refused; the configured one is taken
        HttpResponse<String> unknown = loggedIn("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson(unique("二级分类未设置"), today, "PROACTIVE", "\"subjectSubcategory\":\"随手写的分类\"", null));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(json(unknown).getString("detail").contains("随手写的分类"), unknown.body());
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("二级分类已设置"), today, "PROACTIVE",
                "\"subjectSubcategory\":\"" + subcategory + "\"", null));
        long id = item.getJsonNumber("id").longValue();
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(loggedIn("office"), id, "review", version(item), "");
        item = ok(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"PASSED\"");
        item = ok(loggedIn("director"), id, "sign-off", version(item), "");
        AppClient office = loggedIn("office");
        item = ok(office, id, "catalogue", version(item), "");

        // an unknown channel, then the new one retired: refused; restored: published on it
        HttpResponse<String> bogus = step(office, id, "publish", version(item), """
                "publishedDate":"%s","channels":[{"channel":"NO_SUCH_CHANNEL"}]""".formatted(today));
        assertEquals(400, bogus.statusCode(), bogus.body());
        assertTrue(json(bogus).getString("detail").contains("NO_SUCH_CHANNEL"), bogus.body());
        JsonObject retired = json(head.sendJson("PUT", "api/v1/catalogue-settings/channels/" + code,
                "{\"active\":false,\"version\":" + channel.getJsonNumber("version").longValue() + "}"));
        assertEquals(false, retired.getBoolean("active"));
        assertEquals(400, step(office, id, "publish", version(item), """
                "publishedDate":"%s","channels":[{"channel":"%s"}]""".formatted(today, code)).statusCode());
        head.sendJson("PUT", "api/v1/catalogue-settings/channels/" + code,
                "{\"active\":true,\"version\":" + retired.getJsonNumber("version").longValue() + "}");
        item = ok(office, id, "publish", version(item), """
                "publishedDate":"%s","channels":[{"channel":"%s","reference":"推文第1期"}]""".formatted(today, code));
        assertEquals("PUBLISHED", item.getString("state"));
        assertEquals(1, db.count(auditBefore, "officehead", "CATALOGUE_CHANNEL_ADD", "SUCCESS"));
    }

    /**
     * Art. 26: the published date is the day the publish step runs, never a typed one, so lateness
     * cannot be erased; a channel where the item really appeared earlier keeps that day.
     */
    @Test
    void thePublishedDateIsTheDayOfThePublishStepNotATypedOne_Art26() throws Exception {
        JsonObject item = signedOffWritten(unique("发布日期不可填"), today.minusDays(40));
        long id = id(item);
        AppClient office = loggedIn("office");
        item = ok(office, id, "catalogue", version(item), "");

        HttpResponse<String> backdated = step(office, id, "publish", version(item),
                "\"publishedDate\":\"" + today.minusDays(35) + "\",\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]");

        assertEquals(400, backdated.statusCode(), backdated.body());
        assertEquals("CATALOGUED", db.text("SELECT state FROM gov_info WHERE id = " + id));
        JsonObject published = ok(office, id, "publish", version(item), "\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]");
        assertEquals(today.toString(), published.getString("publishedDate"));
        assertEquals(today.toString(), published.getJsonArray("channels").getJsonObject(0).getString("date"));
    }

    /** A date typed for a step is not later than today and not before the previous step (here: the cataloguing). */
    @Test
    void aChannelDateIsNeitherInTheFutureNorBeforeTheCataloguing() throws Exception {
        JsonObject item = signedOff(unique("渠道日期"));
        long id = id(item);
        AppClient office = loggedIn("office");
        item = ok(office, id, "catalogue", version(item), "");

        for (LocalDate wrong : List.of(today.plusDays(1), today.minusDays(1))) {
            HttpResponse<String> refused = step(office, id, "publish", version(item), "\"publishedDate\":\"" + today
                    + "\",\"channels\":[{\"channel\":\"ZHENGZHOU_DAILY\",\"date\":\"" + wrong + "\"}]");
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
        }
        assertEquals("CATALOGUED", db.text("SELECT state FROM gov_info WHERE id = " + id));
    }

    /** The office records a past event (the other agency's confirmation) with its stated date: never in the future, never before the previous step. */
    @Test
    void theOtherAgencysConfirmationCarriesItsStatedDateNextToTheDayItWasRecorded() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("他机关确认日期"), today, "PROACTIVE",
                "\"involvesOtherAgency\":true,\"otherAgencyName\":\"市财政局\"", null));
        long id = id(item);
        AppClient office = loggedIn("office");

        for (LocalDate wrong : List.of(today.plusDays(1), today.minusDays(1))) {
            HttpResponse<String> refused = step(office, id, "agency-confirmation", version(item),
                    "\"confirmedBy\":\"市财政局办公室\",\"text\":\"同意\",\"confirmedOn\":\"" + wrong + "\"");
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
        }
        ok(office, id, "agency-confirmation", version(item),
                "\"confirmedBy\":\"市财政局办公室\",\"text\":\"同意\",\"confirmedOn\":\"" + today + "\"");
        JsonObject last = json(office.get("api/v1/gov-info/" + id)).getJsonArray("steps").getJsonObject(1);
        assertEquals("AGENCY_CONFIRMED", last.getString("step"));
        assertEquals(today.toString(), last.getString("statedOn"));
        assertTrue(last.getString("at").startsWith(today.toString()), last.toString());
    }
}
