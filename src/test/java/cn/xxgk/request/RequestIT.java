package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Disclosure on request on the real stack, through the JSON commands: intake to a closed request,
 * the identity number encrypted in MariaDB and masked in every normal read, the audited full view,
 * the contact data encrypted there and shown in full on the page and in JSON,
 * repeats, double submits, bad input, roles, stale versions and the list. The steps after
 * acceptance, every legal path with its clock checked against the working-day calendar (the public
 * calculator), are in RequestProcedureIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestIT extends RequestItSupport {

    // ---- intake to closing ----------------------------------------------------------------

    @Test
    void acceptedInPersonRepliedDeliveredAndClosed() throws Exception {
        String idNumber = idNumber();
        JsonObject receipt = register(form(idNumber, unique("2025年部门预算")));
        long id = id(receipt);
        assertTrue(receipt.getString("number").matches(today.getYear() + "-\\d{4}"), receipt.toString());
        assertEquals(12, receipt.getString("queryCode").length());

        JsonObject r = ok("office", id, "accept", version(receipt), Json.createObjectBuilder());
        assertEquals("ACCEPTED", r.getString("state"));
        String due = add(today, 20);
        assertEquals(due, r.getJsonObject("deadline").getString("dueDate"));
        assertEquals(due, db.text(replyDeadline("due_date", r.getString("number"))));
        assertEquals("office", db.text(replyDeadline("responsible", r.getString("number"))),
                "the handler is responsible: the reminders go to them");

        r = ok("office", id, "reply", version(r), Json.createObjectBuilder().add("outcome", "DISCLOSED")
                .add("text", "经查，您申请的信息予以公开。").add("howToObtain", "随本答复书邮寄纸质件。"));
        assertEquals("REPLIED", r.getString("state"));
        assertNotNull(db.text(replyDeadline("closed_at", r.getString("number"))), "the reply closes the deadline");
        r = ok("office", id, "delivery", version(r), Json.createObjectBuilder().add("method", "POST")
                .add("reference", "EMS 1234567890"));
        assertEquals("CLOSED", r.getString("state"));

        JsonObject full = json(client("office").get("api/v1/requests/" + id));
        List<String> steps = full.getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject().getString("step")).toList();
        assertEquals(List.of("REGISTERED", "ACCEPTED", "REPLIED", "DELIVERED"), steps);
        assertEquals(due, full.getJsonArray("timeline").getJsonObject(1).getString("replyDueOn"));
        assertEquals(1, db.count(auditBefore, "office", "REQUEST_REGISTER", "SUCCESS"));
        assertEquals(1, db.count(auditBefore, "office", "REQUEST_REPLY", "SUCCESS"));
    }

    // ---- personal data -------------------------------------------------------------------

    @Test
    void theIdNumberIsEncryptedInTheDatabaseMaskedInJsonAndItsFullViewAudited() throws Exception {
        String idNumber = idNumber();
        long first = id(register(form(idNumber, unique("信息一"))));
        long second = id(register(form(idNumber, unique("信息二"))));

        byte[] a = bytes("SELECT id_number_cipher FROM disclosure_request WHERE id = " + first);
        byte[] b = bytes("SELECT id_number_cipher FROM disclosure_request WHERE id = " + second);
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains(idNumber), "no plain number in the column");
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains(idNumber.substring(6, 14)), "not even the birth date");
        assertFalse(Arrays.equals(a, b), "the same number encrypts differently in two rows");
        assertTrue(Arrays.equals(bytes("SELECT id_number_hash FROM disclosure_request WHERE id = " + first),
                bytes("SELECT id_number_hash FROM disclosure_request WHERE id = " + second)), "the keyed hash finds them");
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM disclosure_request WHERE id_number_masked LIKE '%"
                + idNumber.substring(6, 14) + "%'"));

        HttpResponse<String> read = client("office").get("api/v1/requests/" + first);
        String masked = idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
        assertEquals(masked, json(read).getString("idNumberMasked"));
        assertFalse(read.body().contains(idNumber), read.body());
        assertFalse(client("office").get("api/v1/requests?max=500").body().contains(idNumber));

        assertProblem(403, "无权访问", client("office").sendJson("POST", "api/v1/requests/" + first + "/identity-number",
                "{\"purpose\":\"核对\"}"));
        assertProblem(400, "说明用途", client("officehead").sendJson("POST", "api/v1/requests/" + first
                + "/identity-number", "{}"));
        HttpResponse<String> full = client("officehead").sendJson("POST", "api/v1/requests/" + first + "/identity-number",
                "{\"purpose\":\"行政复议答辩需核对申请人身份\"}");
        assertEquals(200, full.statusCode(), full.body());
        assertEquals(idNumber, json(full).getString("idNumber"));
        assertEquals(1, db.count(auditBefore, "officehead", "REQUEST_ID_NUMBER_VIEW", "SUCCESS"));
        assertTrue(db.text("SELECT detail FROM audit_record WHERE action = 'REQUEST_ID_NUMBER_VIEW' ORDER BY id DESC LIMIT 1")
                .contains("行政复议"));
        assertEquals(1, db.count(auditBefore, "office", "ACCESS", "REFUSED"));
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM audit_record WHERE id > " + auditBefore
                + " AND (detail LIKE '%" + idNumber + "%' OR object_id LIKE '%" + idNumber + "%')"), "never in the audit record");
    }

    @Test
    void theContactDataIsEncryptedInTheDatabaseAndShownInFullOnThePageInJsonAndInTheParts() throws Exception {
        String[] plain = {"王大明", "0371-67188888", "wang@example.cn", "郑州市金水区农业路 1 号", "450000"};
        JsonObject receipt = register(form(idNumber(), unique("联系方式加密")).add("contactPerson", plain[0]).add("email", plain[2]));
        long id = id(receipt);
        for (int i = 0; i < plain.length; i++) {
            byte[] stored = bytes("SELECT " + List.of("contact_person", "phone", "email", "postal_address", "postcode").get(i)
                    + "_cipher FROM disclosure_request WHERE id = " + id);
            String raw = new String(stored, StandardCharsets.UTF_8) + new String(stored, StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains(plain[i]) || raw.contains("67188888") || raw.contains("农业路"), "no clear text: " + plain[i]);
        }
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = 'disclosure_request' AND column_name IN ('phone', 'email', 'postal_address')"));

        JsonObject read = json(client("office").get("api/v1/requests/" + id));
        assertEquals(List.of(plain), List.of(read.getString("contactPerson"), read.getString("phone"), read.getString("email"),
                read.getString("postalAddress"), read.getString("postcode")), "the API shows them as before");
        String page = client("office").get("request/view.xhtml?id=" + id).body();
        for (String value : plain) {
            assertTrue(page.contains(value), "the request's page shows " + value);
        }
        JsonObject accepted = ok("office", id, "accept", version(receipt), Json.createObjectBuilder());
        HttpResponse<String> split = step("office", id, "split", version(accepted), Json.createObjectBuilder()
                .add("parts", Json.createArrayBuilder().add(unique("预算")).add(unique("决算"))));
        assertEquals(200, split.statusCode(), split.body());
        JsonObject part = Json.createReader(new java.io.StringReader(split.body())).readArray().getJsonObject(1);
        assertEquals(plain[3], part.getString("postalAddress"), "a part keeps the applicant's contact data");
        assertEquals(plain[1], part.getString("phone"));
    }

    @Test
    void theSameApplicantOnTheSameMatterIsFlaggedAsARepeat() throws Exception {
        String idNumber = idNumber();
        String matter = unique("2025年 政府信息公开工作年度报告");
        JsonObject first = register(form(idNumber, matter));
        assertTrue(absent(first, "repeatOfNumber"));

        JsonObject second = register(form(idNumber, matter.replace(" ", "") + "。"));
        assertEquals(first.getString("number"), second.getString("repeatOfNumber"));
        JsonObject other = register(form(idNumber(), matter));
        assertTrue(absent(other, "repeatOfNumber"), "another applicant's request is no repeat");

        JsonObject third = register(form(idNumber, unique("年度报告的附件")));
        assertTrue(absent(third, "repeatOfNumber"));
        JsonObject flagged = ok("office", id(third), "repeat", version(third), Json.createObjectBuilder()
                .add("earlierNumber", first.getString("number")));
        assertEquals(first.getString("number"), flagged.getString("repeatOfNumber"));
        assertProblem(400, "不是同一申请人", step("office", id(flagged), "repeat", version(flagged),
                Json.createObjectBuilder().add("earlierNumber", other.getString("number"))));
    }

    @Test
    void aDoubleSubmitWithOneTokenMakesOneRequest() throws Exception {
        String token = "tok-" + System.nanoTime();
        String body = form(idNumber(), unique("双击提交")).add("intakeToken", token).build().toString();
        AppClient first = client("office");
        AppClient second = new AppClient(base.toString());
        assertEquals(302, second.login("office", DemoDirectory.DEMO_PASSWORD).statusCode());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (AppClient c : List.of(first, second)) {
            results.add(pool.submit(() -> {
                start.await();
                return c.sendJson("POST", "api/v1/requests", body);
            }));
        }
        start.countDown();
        List<JsonObject> receipts = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> response = f.get();
            statuses.add(response.statusCode());
            receipts.add(json(response));
        }
        pool.shutdown();

        assertEquals(List.of(200, 201), statuses.stream().sorted().toList(), "one made, one repeated");
        assertEquals(receipts.get(0).getString("number"), receipts.get(1).getString("number"));
        assertEquals(receipts.get(0).getString("queryCode"), receipts.get(1).getString("queryCode"),
                "the same receipt, query code included");
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM disclosure_request WHERE intake_token = '" + token + "'"));

        assertProblem(400, "已用于另一件申请", client("office").sendJson("POST", "api/v1/requests",
                form(idNumber(), unique("另一件")).add("intakeToken", token).build().toString()));
    }

    // ---- refusals --------------------------------------------------------------------------

    @Test
    void badInputIsRefusedInChineseAndNothingIsSaved() throws Exception {
        long requests = db.scalar("SELECT COUNT(*) FROM disclosure_request");
        long serial = db.scalar("SELECT COALESCE(MAX(last_serial), 0) FROM request_serial WHERE year = " + today.getYear());
        String valid = idNumber();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? "2" : "1");

        assertProblem(400, "校验位不正确", post(form(wrongCheck, unique("x"))));
        assertProblem(400, "出生日期无效", post(form("410105" + "19900231" + "123" + "X", unique("x"))));
        assertProblem(400, "至少填写一种联系方式", post(form(valid, unique("x")).add("phone", "").add("postalAddress", " ")
                .add("deliveryWanted", "PICK_UP")));
        assertProblem(400, "所需政府信息", post(form(valid, " ")));
        assertProblem(400, "通过门户网站", post(form(valid, unique("x")).add("channel", "ONLINE")));
        assertProblem(400, "交接记录", post(form(valid, unique("x")).add("channel", "FORWARDED")));
        assertEquals(requests, db.scalar("SELECT COUNT(*) FROM disclosure_request"), "nothing saved");
        assertEquals(serial, db.scalar("SELECT COALESCE(MAX(last_serial), 0) FROM request_serial WHERE year = "
                + today.getYear()), "no number used up");

        JsonObject receipt = register(form(valid, unique("办理结果测试")));
        long id = id(receipt);
        assertProblem(400, "尚未受理", step("office", id, "reply", version(receipt), Json.createObjectBuilder()
                .add("outcome", "DISCLOSED").add("text", "答复").add("howToObtain", "邮寄")));
        JsonObject r = ok("office", id, "accept", version(receipt), Json.createObjectBuilder());
        assertProblem(400, "请选择办理结果", step("office", id, "reply", version(r),
                Json.createObjectBuilder().add("text", "答复")));
        assertProblem(400, "不属于办理结果", step("office", id, "reply", version(r), Json.createObjectBuilder()
                .add("outcome", "NOT_DISCLOSED").add("reason", "NOT_HELD").add("text", "答复")));
        assertProblem(400, "正在办理", step("office", id, "accept", version(r), Json.createObjectBuilder()));
        assertEquals("ACCEPTED", db.text("SELECT state FROM disclosure_request WHERE id = " + id));
        assertEquals(version(r), db.scalar("SELECT version FROM disclosure_request WHERE id = " + id));
        assertEquals(2, db.scalar("SELECT COUNT(*) FROM request_step WHERE request_id = " + id));
    }

    @Test
    void aWrongRoleOrNotTheHandlerIsRefused() throws Exception {
        HttpResponse<String> byDepartment = client("deptstaff").sendJson("POST", "api/v1/requests",
                form(idNumber(), unique("处室登记")).build().toString());
        assertProblem(403, "无权访问", byDepartment);
        assertProblem(403, "无权访问", client("deptstaff").get("api/v1/requests"));

        JsonObject receipt = register(form(idNumber(), unique("承办人测试")));
        JsonObject r = ok("officehead", id(receipt), "assign", version(receipt), Json.createObjectBuilder()
                .add("handler", "officehead"));
        assertEquals("officehead", r.getString("handler"));
        assertProblem(403, "无权访问", step("office", id(r), "accept", version(r), Json.createObjectBuilder()));
        assertEquals(1, db.count(auditBefore, "office", "REQUEST_ACCEPT", "REFUSED"));
        assertProblem(400, "不是办公室人员", step("officehead", id(r), "assign", version(r), Json.createObjectBuilder()
                .add("handler", "deptstaff")));
        assertProblem(400, "请选择新的承办人", step("officehead", id(r), "assign", version(r), Json.createObjectBuilder()
                .add("handler", " ")));
        assertEquals("RECEIVED", db.text("SELECT state FROM disclosure_request WHERE id = " + id(r)));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        JsonObject receipt = register(form(idNumber(), unique("并发受理")));
        long seen = version(receipt);
        assertEquals(200, step("office", id(receipt), "accept", seen, Json.createObjectBuilder()).statusCode());
        assertProblem(409, "数据已被他人修改", step("office", id(receipt), "not-a-request", seen,
                Json.createObjectBuilder().add("note", "信访")));
        assertEquals("ACCEPTED", db.text("SELECT state FROM disclosure_request WHERE id = " + id(receipt)));
    }

    @Test
    void theListFiltersByStateChannelAndDeadline() throws Exception {
        JsonObject overdue = acceptedByPost(longAgo, unique("逾期测试"));
        JsonObject fresh = accepted(form(idNumber(), unique("未到期测试")));

        List<String> overdueNumbers = numbers(client("office").get("api/v1/requests?due=OVERDUE"));
        assertTrue(overdueNumbers.contains(overdue.getString("number")), overdueNumbers.toString());
        assertFalse(overdueNumbers.contains(fresh.getString("number")));
        List<String> byPost = numbers(client("office").get("api/v1/requests?channel=POST&state=ACCEPTED"));
        assertTrue(byPost.contains(overdue.getString("number")));
        assertFalse(byPost.contains(fresh.getString("number")));
        assertProblem(400, "无效", client("office").get("api/v1/requests?due=LATER"));
    }
}
