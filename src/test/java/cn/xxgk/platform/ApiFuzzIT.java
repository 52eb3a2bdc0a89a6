package cn.xxgk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.platform.FuzzCalls.Call;
import cn.xxgk.platform.OpenApiOperations.Op;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #13: no input gives a 5xx. Reads every operation from the deployed application's /openapi
 * and sends each the hostile calls of {@link FuzzCalls}: on an information item's id a draft of its
 * own (so that the item's own checks run), elsewhere unknown ids (so that no other test's data can
 * change); anonymously and as two logged-in roles (the office, a department's staff). Asserts: no
 * 5xx (nor a dropped connection); a refused call (4xx) changed no row ({@link TableChecksums}, the
 * audit record aside); a problem never quotes a long value back whole. Prints the counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

    private static final int MAX_ECHO = 2_000;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> failures = new ArrayList<>();
    private int calls;
    /** The tables as the last call left them: the reading before the next. */
    private Map<String, Long> lastReading;
    private final int[] byClass = new int[6];

    @Test
    void noOperationAnswersHostileInputWithAServerError() throws Exception {
        new AppClient(base.toString()); // waits until the application and its demo data are ready
        List<Op> operations = operations();
        assertTrue(operations.size() > 20, "operations read from /openapi: " + operations);
        long start = System.nanoTime();
        String item = ownDraft();
        try (TableChecksums tables = new TableChecksums(ArquillianSetup.database())) {
            for (String user : new String[] {null, "office", "deptstaff"}) {
                String cookie = user == null ? null : session(user);
                lastReading = null; // the login itself writes (the user's last login)
                for (Op op : operations) {
                    for (Call call : FuzzCalls.of(op, !"deptstaff".equals(user), user != null, item)) {
                        send(op, call, user, cookie, tables);
                    }
                }
            }
        }
        System.out.printf("ApiFuzzIT: %d operations, %d calls in %d s: 2xx %d, 3xx %d, 4xx %d, 5xx %d, failed %d%n",
                operations.size(), calls, (System.nanoTime() - start) / 1_000_000_000L, byClass[2], byClass[3],
                byClass[4], byClass[5], byClass[0]);
        failures.stream().limit(60).forEach(System.out::println);
        assertEquals(List.of(), failures.stream().limit(40).toList(), failures.size() + " failures of " + calls + " calls");
    }

    private void send(Op op, Call call, String user, String cookie, TableChecksums tables) throws Exception {
        Map<String, Long> before = lastReading == null ? tables.read() : lastReading;
        String who = (user == null ? "anonymous" : user) + " " + op + " [" + call.label() + "]";
        calls++;
        HttpResponse<String> response;
        try {
            response = exchange(call, cookie);
        } catch (IOException | IllegalArgumentException broken) {
            lastReading = null;
            byClass[0]++;
            failures.add(who + ": no answer: " + broken);
            return;
        }
        int status = response.statusCode();
        byClass[status / 100]++;
        if (status >= 500) {
            failures.add(who + ": " + status + " " + abbreviate(response.body()));
        }
        lastReading = tables.read();
        if (status >= 400 && status < 500) {
            List<String> changed = TableChecksums.changed(before, lastReading);
            if (!changed.isEmpty() && changedAgain(call, cookie, tables)) {
                failures.add(who + ": refused with " + status + " but changed " + changed);
            }
        }
        if (call.echoCheck() && response.body().length() > MAX_ECHO) {
            failures.add(who + ": " + status + " answered " + response.body().length() + " characters");
        }
    }

    /**
     * Whether the same refused call changes the tables again, read afresh around it: background work
     * (the reminder planner every 10 s, reacting to an accepted call before) may write while a call
     * runs; a refused call that writes does so again.
     */
    private boolean changedAgain(Call call, String cookie, TableChecksums tables) throws Exception {
        Map<String, Long> fresh = tables.read();
        try {
            exchange(call, cookie);
        } catch (IOException | IllegalArgumentException broken) {
            return true;
        }
        lastReading = tables.read();
        return !TableChecksums.changed(fresh, lastReading).isEmpty();
    }

    private HttpResponse<String> exchange(Call call, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl(call.target())))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Accept-Language", "zh-CN");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<Op> operations() throws Exception {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi";
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(root))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode(), doc.body());
        return OpenApiOperations.of(Json.createReader(new StringReader(doc.body())).readObject()).operations();
    }

    /** The URL of an operation's path: /openapi names them from the application's root or from /api/v1. */
    private String apiUrl(String target) {
        String site = base.toString().endsWith("/") ? base.toString() : base + "/";
        String path = target.startsWith("/") ? target.substring(1) : target;
        return site + (path.startsWith("api/") ? path : "api/v1/" + path);
    }

    /** A draft of the department's staff that the calls on an item's id try their checks on. */
    private String ownDraft() throws Exception {
        AppClient staff = new AppClient(base.toString());
        assertEquals(302, staff.login("deptstaff", DemoDirectory.DEMO_PASSWORD).statusCode());
        HttpResponse<String> created = staff.sendJson("POST", "api/v1/gov-info", """
                {"title":"模糊测试用稿","body":"<p>正文</p>","documentType":"通知","writtenDate":"%s",
                 "subjectCategory":"INDUSTRY_TRANSPORT","keyContentCategory":"BIG_DATA_INDUSTRY",
                 "officialDocument":true,"attribute":"PROACTIVE"}""".formatted(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
        assertEquals(201, created.statusCode(), created.body());
        return String.valueOf(Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id")
                .longValue());
    }

    private String session(String user) throws Exception {
        AppClient client = new AppClient(base.toString());
        assertEquals(302, client.login(user, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + user);
        return "JSESSIONID=" + client.sessionId().orElseThrow();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
