package cn.xxgk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.AppClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the HTTP-level login tests read from pages and problems, and how they fill a JSF form. */
final class LoginPages {

    private static final Pattern PAGE_ERROR = Pattern.compile("ui-messages-error-summary\">([^<]*)<");
    private static final Pattern PROBLEM_DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"");

    private LoginPages() {
    }

    /** The error message of a refused login (the login page again, 200). */
    static String refusal(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), "a refused login shows the login page again");
        Matcher message = PAGE_ERROR.matcher(response.body());
        assertTrue(message.find(), response.body());
        return message.group(1).strip();
    }

    /** The message shown at one field of a JSF page (its p:message has the id {@code <field>-message}). */
    static String fieldError(HttpResponse<String> page, String fieldId) {
        Matcher message = Pattern.compile("id=\"" + Pattern.quote(fieldId) + "-message_error-detail\"[^>]*>([^<]*)<")
                .matcher(page.body());
        assertTrue(message.find(), page.body());
        return message.group(1).strip();
    }

    /** The detail of a problem+json answer. */
    static String problemDetail(HttpResponse<String> response) {
        Matcher detail = PROBLEM_DETAIL.matcher(response.body());
        assertTrue(detail.find(), response.body());
        return detail.group(1);
    }

    /** Fills and submits a JSF form as the browser does (view state and PrimeFaces' nonce included). */
    static HttpResponse<String> postForm(AppClient client, String path, String form, Map<String, String> fields)
            throws Exception {
        HttpResponse<String> page = client.get(path);
        assertEquals(200, page.statusCode(), path);
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(form, form);
        posted.putAll(fields);
        posted.put("jakarta.faces.ViewState", AppClient.viewState(page.body()));
        posted.put("primefaces.nonce", AppClient.cspNonce(page.body()));
        return client.postForm(path, posted);
    }
}
