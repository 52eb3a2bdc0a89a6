package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the request ITs do over /api/v1/requests: one logged-in client per demo user, register,
 * take a step with the version seen, ask the public calendar. Each IT gives its deployment's URL.
 */
abstract class RequestApiClients {

    final Map<String, AppClient> clients = new HashMap<>();

    /** The deployment's base URL (the subclass's {@code @ArquillianResource}). */
    abstract URL base();

    JsonObject register(JsonObjectBuilder form) throws Exception {
        HttpResponse<String> response = post(form);
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    HttpResponse<String> post(JsonObjectBuilder form) throws Exception {
        return client("office").sendJson("POST", "api/v1/requests", form.build().toString());
    }

    JsonObject ok(String user, long id, String action, long version, JsonObjectBuilder body) throws Exception {
        HttpResponse<String> response = step(user, id, action, version, body);
        assertEquals(200, response.statusCode(), action + ": " + response.body());
        return json(response);
    }

    HttpResponse<String> step(String user, long id, String action, long version, JsonObjectBuilder body)
            throws Exception {
        return client(user).sendJson("POST", "api/v1/requests/" + id + "/" + action,
                body.add("version", version).build().toString());
    }

    AppClient client(String user) throws Exception {
        AppClient c = clients.get(user);
        if (c == null) {
            c = new AppClient(base().toString());
            assertEquals(302, c.login(user, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + user);
            clients.put(user, c);
        }
        return c;
    }

    /** The public calculator: the day n working days after the given one. */
    String add(LocalDate from, int workingDays) throws Exception {
        return json(new AppClient(base().toString()).get("api/v1/calendar/add?from=" + from + "&workingDays=" + workingDays))
                .getString("due");
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }
}
