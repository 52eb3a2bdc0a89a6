package cn.xxgk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Screens opened by their address with what an old bookmark, a typo or a curious user puts there:
 * an unknown id shows the 404 page, an object of another department the 403 page, a parameter that
 * is missing or cannot be read the 400 page with its message; never the 500 page (issue #13).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreenAddressesIT {

    static final List<String> SCREENS = List.of("index.xhtml", "reminders.xhtml", "admin/departments.xhtml",
            "admin/users.xhtml", "audit/log.xhtml", "calendar/index.xhtml", "catalogue/edit.xhtml",
            "catalogue/entries.xhtml", "catalogue/item.xhtml", "catalogue/late.xhtml", "catalogue/queue.xhtml",
            "catalogue/settings.xhtml", "request/intake.xhtml", "request/list.xhtml", "request/view.xhtml",
            "assessment/index.xhtml"); // assessment: issue #15 item 4

    static final List<String> PARAMETERS = List.of("", "?id=999999", "?id=abc", "?id=-1", "?id=", "?scope=all",
            "?state=NOPE", "?due=x", "?channel=x", "?outcome=x", "?year=99999", "?year=abc", "?q=%00",
            "?q=" + "x".repeat(3000));

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    private AppClient loggedIn(String username) throws Exception {
        AppClient client = new AppClient(base.toString());
        assertEquals(302, client.login(username, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + username);
        return client;
    }

    @Test
    void noScreenOpenedWithBadParametersEndsOnTheErrorPageOfTheServer() throws Exception {
        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (String user : List.of("office", "deptstaff", "discipline")) {
            AppClient client = loggedIn(user);
            for (String screen : SCREENS) {
                for (String parameters : PARAMETERS) {
                    HttpResponse<String> page = client.browse(screen + parameters);
                    opened++;
                    if (page.statusCode() >= 500 || page.body().contains("xxgk-error-500")) {
                        failures.add(user + " " + screen + parameters.substring(0, Math.min(20, parameters.length()))
                                + " -> " + page.statusCode());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + opened + " ended on the 500 page: " + failures);
    }

    @Test
    void anUnknownIdShowsTheNotFoundPage() throws Exception {
        AppClient office = loggedIn("office");
        for (String screen : List.of("catalogue/item.xhtml?id=999999", "request/view.xhtml?id=999999",
                "catalogue/edit.xhtml?id=999999")) {
            HttpResponse<String> page = office.get(screen);
            assertEquals(404, page.statusCode(), screen);
            assertTrue(page.body().contains("页面不存在"), screen + ": " + page.body());
        }
    }

    @Test
    void aParameterThatCannotBeReadShowsItsMessage() throws Exception {
        AppClient office = loggedIn("office");
        for (String screen : List.of("request/list.xhtml?scope=all", "catalogue/item.xhtml?id=abc",
                "catalogue/item.xhtml", "catalogue/queue.xhtml?state=NOPE")) {
            HttpResponse<String> page = office.get(screen);
            assertEquals(400, page.statusCode(), screen);
            assertTrue(page.body().contains("链接参数无效"), screen + ": " + page.body());
        }
        assertEquals(200, office.get("request/list.xhtml?scope=ALL").statusCode(), "a valid scope still opens the list");
    }

    @Test
    void anotherDepartmentsItemShowsTheForbiddenPageAndTheLookIsRecorded() throws Exception {
        AuditRows rows = new AuditRows(ArquillianSetup.database());
        long id = rows.scalar("SELECT MIN(g.id) FROM gov_info g JOIN department d ON d.id = g.department_id"
                + " WHERE g.state <> 'PUBLISHED' AND d.name = '产业发展处'");
        long other = rows.scalar("SELECT id FROM department WHERE name = '信息化推进处'");
        long own = rows.scalar("SELECT department_id FROM gov_info WHERE id = " + id);
        long before = rows.lastId();
        rows.execute("UPDATE gov_info SET department_id = " + other + " WHERE id = " + id);
        try {
            HttpResponse<String> page = loggedIn("deptstaff").get("catalogue/item.xhtml?id=" + id);

            assertEquals(403, page.statusCode());
            assertTrue(page.body().contains("无权访问"), page.body());
            assertFalse(page.body().contains("xxgk-item-title"), "nothing of the item is shown");
            assertEquals(1, rows.count(before, "deptstaff", "GOV_INFO_READ", "REFUSED"));
        } finally {
            rows.execute("UPDATE gov_info SET department_id = " + own + " WHERE id = " + id);
        }
    }
}
