package cn.xxgk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working-day calendar on the real stack: the bundled arrangements loaded by the migration,
 * the public REST calculator with its Chinese problems, and the office's changes recomputing the
 * open deadlines at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AppClient anonymous;
    AuditRows db;

    @BeforeEach
    void setUp() {
        anonymous = new AppClient(base.toString());
        db = new AuditRows(ArquillianSetup.database());
    }

    @ParameterizedTest(name = "{0}: working day {1}, {2}")
    @CsvSource({
            "2026-10-01, false, 国庆节",      // National Day
            "2026-10-10, true, 国庆节",       // a Saturday made a make-up working day
            "2026-02-17, false, 春节",        // Spring Festival
            "2026-11-25, true, ",             // an ordinary Wednesday
            "2026-11-28, false, "             // an ordinary Saturday
    })
    void theCalendarAnswersWithoutLogin(String date, boolean working, String name) throws Exception {
        HttpResponse<String> response = anonymous.get("api/v1/calendar/days/" + date);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"workingDay\":" + working), response.body());
        assertTrue(response.body().contains("\"provisional\":false"), response.body());
        if (name != null) {
            assertTrue(response.body().contains("\"name\":\"" + name + "\""), response.body());
        }
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-09-30, 1, 2026-10-08",   // over the National Day holiday
            "2026-09-30, 3, 2026-10-10",   // the make-up Saturday counts
            "2026-02-13, 1, 2026-02-14",   // the make-up Saturday before Spring Festival
            "2026-11-27, 0, 2026-11-27"
    })
    void theCalculatorAddsWorkingDays(String from, int n, String due) throws Exception {
        HttpResponse<String> response = anonymous.get("api/v1/calendar/add?from=" + from + "&workingDays=" + n);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"due\":\"" + due + "\""), response.body());
    }

    @Test
    void aYearWithoutAnArrangementIsProvisional() throws Exception {
        HttpResponse<String> day = anonymous.get("api/v1/calendar/days/2028-03-01");
        HttpResponse<String> sum = anonymous.get("api/v1/calendar/add?from=2028-02-25&workingDays=3");

        assertTrue(day.body().contains("\"provisional\":true"), day.body());
        assertTrue(sum.body().contains("\"due\":\"2028-03-01\""), sum.body());
        assertTrue(sum.body().contains("\"provisional\":true"), sum.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "api/v1/calendar/days/2026-13-01|不是 yyyy-MM-dd",
            "api/v1/calendar/add?workingDays=3|缺少参数 from",
            "api/v1/calendar/add?from=2026-01-05|缺少参数 workingDays",
            "api/v1/calendar/add?from=2026-01-05&workingDays=-1|0 至 366",
            "api/v1/calendar/add?from=2026-01-05&workingDays=367|0 至 366",
            "api/v1/calendar/add?from=2026-01-05&workingDays=abc|0 至 366"
    })
    void badInputIsA400ProblemInChinese(String path, String message) throws Exception {
        HttpResponse<String> response = anonymous.get(path);

        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(response.body().contains(message), response.body());
    }

    @Test
    void theCalculatorIsDocumentedInOpenApi() throws Exception {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi";
        HttpResponse<String> openapi = anonymous.get(root);

        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/calendar/add") && openapi.body().contains("/calendar/days/{date}"),
                openapi.body());
        assertTrue(openapi.body().contains("起算日当天不计入"), "documented in Chinese");
    }

    @Test
    void importingAYearAndChangingADayRecomputeOpenDeadlinesAtOnce() throws Exception {
        // A reply clock started on Friday 2026-12-25 runs into 2027, which has no arrangement yet:
        // weekdays only, so day 20 is Friday 2027-01-22, provisional.
        db.execute("""
                INSERT INTO deadline (subject_type, subject_id, kind, start_date, working_days, due_date, provisional, created_at)
                VALUES ('Test', 'recompute-1', 'REPLY', '2026-12-25', 20, '2027-01-22', TRUE, NOW(6))""");
        long id = db.scalar("SELECT MAX(id) FROM deadline WHERE subject_id = 'recompute-1'");
        AppClient office = new AppClient(base.toString());
        office.login("office", DemoDirectory.DEMO_PASSWORD);

        // The 2027 arrangement arrives: New Year's Day off. Day 20 becomes Monday 2027-01-25.
        HttpResponse<String> imported = office.sendJson("POST", "api/v1/calendar/years/2027", """
                {"year": 2027, "days": [
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
                  {"name": "元旦", "date": "2027-01-03", "isOffDay": true}]}""");

        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("\"oldDue\":\"2027-01-22\"") && imported.body().contains("\"newDue\":\"2027-01-25\""),
                imported.body());
        assertEquals("2027-01-25", db.text("SELECT due_date FROM deadline WHERE id = " + id));
        assertEquals(0, db.scalar("SELECT provisional FROM deadline WHERE id = " + id), "2027 is published now");

        // The office then makes Monday 2027-01-25 a day off: the deadline moves to Tuesday.
        HttpResponse<String> changed = office.sendJson("PUT", "api/v1/calendar/days/2027-01-25",
                "{\"type\":\"OFF\",\"name\":\"测试\",\"reason\":\"集成测试\"}");

        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("2027-01-26", db.text("SELECT due_date FROM deadline WHERE id = " + id));
        assertTrue(db.count(0, "office", "CALENDAR_DAY_CHANGE", "SUCCESS") >= 1);
        assertTrue(db.count(0, "office", "CALENDAR_IMPORT", "SUCCESS") >= 1);
    }

    @Test
    void aContradictoryImportIsRefusedAsAWholeNamingTheEntry() throws Exception {
        AppClient office = new AppClient(base.toString());
        office.login("office", DemoDirectory.DEMO_PASSWORD);
        long days = db.scalar("SELECT COUNT(*) FROM calendar_day");

        HttpResponse<String> refused = office.sendJson("POST", "api/v1/calendar/years/2029", """
                {"year": 2029, "days": [
                  {"name": "元旦", "date": "2029-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2029-01-01", "isOffDay": false}]}""");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("未导入任何内容") && refused.body().contains("days[1]"), refused.body());
        assertEquals(days, db.scalar("SELECT COUNT(*) FROM calendar_day"), "nothing was imported");
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM calendar_year WHERE year = 2029"));
    }

    @Test
    void aFileOfAnotherYearIsRefused() throws Exception {
        AppClient office = new AppClient(base.toString());
        office.login("office", DemoDirectory.DEMO_PASSWORD);

        HttpResponse<String> refused = office.sendJson("POST", "api/v1/calendar/years/2030",
                "{\"year\": 2031, \"days\": [{\"name\": \"元旦\", \"date\": \"2031-01-01\", \"isOffDay\": true}]}");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("2031") && refused.body().contains("2030"), refused.body());
    }

    /** Issue #12, bug 9: a day off or a make-up working day without a name was a 500. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"OFF\",\"name\":\"\",\"reason\":\"没有名称\"}|须填写名称",
            "{\"type\":\"WORKING\",\"name\":\"  \",\"reason\":\"没有名称\"}|须填写名称",
            "{\"type\":\"OFF\",\"reason\":\"没有名称\"}|须填写名称",
            "{\"type\":\"OFF\",\"name\":\"名称太长名称太长名称太长名称太长名称太长名称太长名称太长名称太长名称太长名称太长名称太长名称太长名称太长\",\"reason\":\"名称太长\"}|不得超过 50 个字"
    })
    void aDayChangeWithoutAUsableNameIsA400ProblemInChineseAndNothingIsSaved(String change, String message)
            throws Exception {
        AppClient office = new AppClient(base.toString());
        office.login("office", DemoDirectory.DEMO_PASSWORD);

        HttpResponse<String> refused = office.sendJson("PUT", "api/v1/calendar/days/2026-12-30", change);

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(refused.body().contains(message), refused.body());
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM calendar_day WHERE day = '2026-12-30'"), "nothing was saved");
    }

    @Test
    void departmentStaffMayNotChangeTheCalendar() throws Exception {
        AppClient staff = new AppClient(base.toString());
        staff.login("deptstaff", DemoDirectory.DEMO_PASSWORD);

        HttpResponse<String> refused = staff.sendJson("PUT", "api/v1/calendar/days/2026-12-31",
                "{\"type\":\"OFF\",\"reason\":\"越权\"}");

        assertEquals(403, refused.statusCode());
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM calendar_day WHERE day = '2026-12-31'"));
    }
}
