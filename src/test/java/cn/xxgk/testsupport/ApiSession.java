package cn.xxgk.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A logged-in user's session for many API calls at once (the concurrency test and benchmark of
 * issue #13): HTTP/1.1, one connection per call in flight, as from as many browsers (AppClient's
 * HTTP/2 upgrade multiplexed 110 request bodies over one connection and the server timed out reading
 * some), and a timeout long enough to measure a slow answer rather than cut it off.
 */
public record ApiSession(String baseUrl, String cookie, HttpClient http) {

    /** Logs the demo user in (AppClient, the login form) and keeps the session cookie. */
    public static ApiSession of(String baseUrl, String user, String password) throws Exception {
        AppClient login = new AppClient(baseUrl);
        login.login(user, password);
        return new ApiSession(login.baseUrl(), "JSESSIONID=" + login.sessionId().orElseThrow(),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
    }

    /** POSTs JSON, same-origin, and waits up to five minutes for the answer. */
    public HttpResponse<String> post(String path, String json) throws Exception {
        URI uri = URI.create(baseUrl + path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                .header("Cookie", cookie).header("Origin", uri.getScheme() + "://" + uri.getAuthority())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
