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
 * The department's phase on the real stack: drafting and its bad input, the department head's
 * confirmation and return, refusals by state, role and department, optimistic locking, and the
 * publication deadline that follows the written date (Art. 26).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftingIT extends CatalogueItSupport {

    @Test
    void theDepartmentHeadReturnsADraftWithAComment() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("退回测试"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        AppClient head = loggedIn("depthead");

        HttpResponse<String> noComment = step(head, id, "return", version(item), "\"comment\":\" \"");
        assertEquals(400, noComment.statusCode());
        assertTrue(noComment.body().contains("退回时请填写意见"), noComment.body());

        JsonObject returned = ok(head, id, "return", version(item), "\"comment\":\"请补充数据来源\"");
        assertEquals("DRAFT", returned.getString("state"));
        assertEquals("请补充数据来源", returned.getString("lastComment"));
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM gov_info_step WHERE step = 'RETURNED' AND gov_info_id = " + id));

        // the department edits and sends it again
        HttpResponse<String> edited = loggedIn("deptstaff").sendJson("PUT", "api/v1/gov-info/" + id,
                draftJson(unique("退回后修改"), today, "PROACTIVE", null, null).replaceFirst("\\}$", ",\"version\":" + version(returned) + "}"));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("CONFIRMED", ok(head, id, "confirm", version(json(edited)), "").getString("state"));
    }

    @Test
    void stepsOutOfOrderAreRefusedInChineseAndChangeNothing() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("越级测试"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        AppClient office = loggedIn("office");

        HttpResponse<String> publish = step(office, id, "publish", version(item),
                "\"publishedDate\":\"" + today + "\",\"channels\":[{\"channel\":\"BUREAU_WEBSITE\"}]");
        HttpResponse<String> catalogue = step(office, id, "catalogue", version(item), "");
        HttpResponse<String> signOff = step(loggedIn("director"), id, "sign-off", version(item), "");

        for (HttpResponse<String> refused : List.of(publish, catalogue, signOff)) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertTrue(refused.body().contains("拟稿状态"), refused.body());
        }
        assertEquals("DRAFT", db.text("SELECT state FROM gov_info WHERE id = " + id));
        assertEquals(version(item), db.scalar("SELECT version FROM gov_info WHERE id = " + id));
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM gov_info_step WHERE gov_info_id = " + id));
        assertNull(db.text("SELECT index_number FROM gov_info WHERE id = " + id));
        assertEquals(1, db.count(auditBefore, "office", "GOV_INFO_PUBLISH", "FAILED"));
    }

    @Test
    void anotherDepartmentsItemIsRefusedAndTheRefusalAudited() throws Exception {
        long otherDepartment = db.scalar("SELECT id FROM department WHERE name = '数据资源处'");
        String title = unique("数据资源处的拟稿");
        db.execute("""
                INSERT INTO gov_info (department_id, title, body_html, body_text, written_date, subject_category,
                  official_document, disclosure_attribute, state, created_by, created_at, updated_by, updated_at)
                VALUES (%d, '%s', '<p>正文</p>', '正文', '%s', 'GENERAL_AFFAIRS', FALSE, 'PROACTIVE', 'DRAFT',
                  'someone', NOW(6), 'someone', NOW(6))""".formatted(otherDepartment, title, today));
        long id = db.scalar("SELECT id FROM gov_info WHERE title = '" + title + "'");

        HttpResponse<String> confirm = step(loggedIn("depthead"), id, "confirm", 0, "");
        HttpResponse<String> read = loggedIn("deptstaff").get("api/v1/gov-info/" + id);
        HttpResponse<String> edit = loggedIn("deptstaff").sendJson("PUT", "api/v1/gov-info/" + id,
                draftJson(title, today, "PROACTIVE", null, null).replaceFirst("\\}$", ",\"version\":0}"));

        for (HttpResponse<String> refused : List.of(confirm, read, edit)) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("无权访问"), refused.body());
        }
        assertEquals("DRAFT", db.text("SELECT state FROM gov_info WHERE id = " + id));
        assertEquals(1, db.count(auditBefore, "depthead", "GOV_INFO_CONFIRM", "REFUSED"));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_EDIT", "REFUSED"));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_READ", "REFUSED"));
        // the office sees every department's items
        assertEquals(200, loggedIn("office").get("api/v1/gov-info/" + id).statusCode());
    }

    @Test
    void aRoleThatDoesNotTakeTheStepIsRefused() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("角色测试"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();

        HttpResponse<String> byStaff = step(loggedIn("deptstaff"), id, "confirm", version(item), "");
        HttpResponse<String> byOffice = step(loggedIn("office"), id, "return", version(item), "\"comment\":\"越权退回\"");

        assertEquals(403, byStaff.statusCode(), byStaff.body());
        assertEquals(403, byOffice.statusCode(), "a draft is returned by its department head only");
        assertEquals(1, db.count(auditBefore, "deptstaff", "ACCESS", "REFUSED"));
        assertEquals(1, db.count(auditBefore, "office", "GOV_INFO_RETURN", "REFUSED"));
        assertEquals("DRAFT", db.text("SELECT state FROM gov_info WHERE id = " + id));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        JsonObject item = created(loggedIn("deptstaff"), draftJson(unique("并发审核"), today, "PROACTIVE", null, null));
        long id = item.getJsonNumber("id").longValue();
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        long seen = version(item);

        HttpResponse<String> first = step(loggedIn("office"), id, "review", seen, "");
        HttpResponse<String> second = step(loggedIn("officehead"), id, "review", seen,
                "\"attribute\":\"ON_REQUEST\",\"changeReason\":\"仅涉及特定对象\"");

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(second.body().contains("数据已被他人修改"), second.body());
        assertEquals("PROACTIVE", db.text("SELECT disclosure_attribute FROM gov_info WHERE id = " + id));
    }

    @Test
    void exemptWithoutAReasonIsRefusedAndNothingIsSaved() throws Exception {
        String title = unique("免予公开无理由");
        long before = db.scalar("SELECT COUNT(*) FROM gov_info");
        long deadlinesBefore = db.scalar("SELECT COUNT(*) FROM deadline WHERE subject_type = 'GovInfo'");

        HttpResponse<String> refused = loggedIn("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson(title, today, "EXEMPT", null, null));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("免予公开须选择法定依据"), refused.body());
        assertEquals(before, db.scalar("SELECT COUNT(*) FROM gov_info"));
        assertEquals(deadlinesBefore, db.scalar("SELECT COUNT(*) FROM deadline WHERE subject_type = 'GovInfo'"));
        assertEquals(1, db.count(auditBefore, "deptstaff", "GOV_INFO_CREATE", "FAILED"));

        HttpResponse<String> withReason = loggedIn("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson(title, today, "EXEMPT", "\"exemptionGround\":\"ART16_PROCESS_INFORMATION\",\"exemptionReason\":\"讨论过程稿\"", null));
        assertEquals(201, withReason.statusCode(), withReason.body());
    }

    @Test
    void aMalformedDocumentNumberIsRefused() throws Exception {
        HttpResponse<String> refused = loggedIn("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson(unique("文号错误"), today, "PROACTIVE", null, "郑大数据[2026]7号"));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("郑大数据〔2019〕23号"), "the message shows the right form: " + refused.body());
    }

    /**
     * Art. 26: "属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开" (seed 二(三)2).
     * The information is formed on its written date: correcting that date moves the deadline's start.
     */
    @Test
    void correctingTheWrittenDateMovesThePublicationDeadline_Art26() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        String title = unique("成文日期更正");
        JsonObject item = created(staff, draftJson(title, today.minusDays(2), "PROACTIVE", null, null));
        long id = id(item);
        LocalDate corrected = today.minusDays(30);

        HttpResponse<String> edited = staff.sendJson("PUT", "api/v1/gov-info/" + id,
                draftJson(title, corrected, "PROACTIVE", "\"version\":" + version(item), null));

        assertEquals(200, edited.statusCode(), edited.body());
        String due = json(anonymous().get("api/v1/calendar/add?from=" + corrected + "&workingDays=20")).getString("due");
        assertEquals(corrected.toString(), db.text(deadlineSql("start_date", id)));
        assertEquals(due, db.text(deadlineSql("due_date", id)));
    }
}
