package cn.xxgk.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user agent for the HTTP-level tests: keeps cookies like a browser, fills the JSF login form,
 * calls the REST API. Redirects are not followed, so tests can see them.
 */
public final class AppClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    /** Headers sent with every request from now on (as a browser sends Origin), in the order set. */
    private final Map<String, String> alwaysSent = new LinkedHashMap<>();

    /** Servers seen ready by this JVM (their base URLs). */
    private static final java.util.Set<String> READY = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public AppClient(String baseUrl) {
        this(baseUrl, null);
    }

    /**
     * A user agent whose connections come from {@code localAddress} (a loopback address such as
     * 127.0.0.7, with a base URL on 127.0.0.1): another client address, as the server sees it.
     */
    public AppClient(String baseUrl, java.net.InetAddress localAddress) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        this.http = (localAddress == null ? builder : builder.localAddress(localAddress)).build();
        awaitReady();
    }

    /**
     * Waits (once per server) until the application serves its login page and its demo data has
     * settled (GET /health/started, the check demo-data). The Arquillian connector
     * reports a Payara Micro instance started when its HTTP listener is up; on a loaded machine the
     * WAR may still be deploying then, and every page is a 404 for some seconds. (Not /health/ready:
     * MicroProfile Health is the server's, at its root, and answers UP before the WAR is there.)
     */
    private void awaitReady() {
        if (READY.contains(baseUrl)) {
            return;
        }
        long giveUp = System.currentTimeMillis() + Duration.ofMinutes(4).toMillis();
        int status = -1;
        while (System.currentTimeMillis() < giveUp) {
            // A new client for every probe, without this one's cookies (the probe must not give the test a
            // session) and over HTTP/1.1: a pooled HTTP/2 connection opened while the WAR was still
            // deploying went on answering 404 after it was deployed (seen: a whole IT class waited 4
            // minutes a test while curl got the login page).
            try (HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build()) {
                status = probe.send(HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml"))
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    // the demo data loads in the background after deployment: started when it has settled
                    // (health is the server's, at its root, whatever the application's context root)
                    status = probe.send(HttpRequest.newBuilder(URI.create(baseUrl).resolve("/health/started"))
                                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }
                if (status == 200) {
                    READY.add(baseUrl);
                    return;
                }
            } catch (IOException notYet) {
                status = -1;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(baseUrl + " did not become ready within 4 minutes (last status " + status + ")");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** GET of a file (an export, an attachment) as bytes. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET, following redirects within the application (as a browser would). */
    public HttpResponse<String> browse(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = send(HttpRequest.newBuilder(URI.create(baseUrl).resolve(location)).GET().build());
        }
        return response;
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> sendJson(String method, String path, String json)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * Posts one file as multipart/form-data, the way a browser's file input does: the file name
     * as raw UTF-8 in the part's Content-Disposition, the content type the browser guessed.
     */
    public HttpResponse<String> postFile(String path, String field, String fileName, String contentType, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----xxgk" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** POST of a raw body with its content type (import part: a file uploaded by a script). */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] content)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    /** GET of a binary resource (a download). */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "application/json").DELETE().build());
    }

    /** Fills and submits the local login form; returns the response to the form post. */
    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        if (!VIEW_STATE.matcher(page.body()).find()) {
            // say what came instead of the form: the cause of a failure is then in the report
            throw new IllegalStateException("no login form at " + baseUrl + "login.xhtml: HTTP " + page.statusCode() + " "
                    + page.headers().map() + " " + page.body().substring(0, Math.min(600, page.body().length())));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", cspNonce(page.body()));
        return postForm("login.xhtml", form);
    }

    /** The nonce PrimeFaces' script adds to every form post (primefaces.CSP is on). */
    public static String cspNonce(String html) {
        Matcher matcher = CSP_NONCE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSP nonce in page");
        }
        return matcher.group(1);
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in page");
        }
        return matcher.group(1);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie's value, as an attacker guessing or planting one would. */
    public void forgeSessionId(String value) {
        HttpCookie forged = new HttpCookie("JSESSIONID", value);
        forged.setPath("/");
        forged.setVersion(0);
        cookies.getCookieStore().removeAll();
        cookies.getCookieStore().add(URI.create(baseUrl), forged);
    }

    /** Sends a header with every later request, as a browser sends Origin and Referer; null stops it. */
    public AppClient alwaysSend(String name, String value) {
        if (value == null) {
            alwaysSent.remove(name);
        } else {
            alwaysSent.put(name, value);
        }
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    private HttpRequest.Builder request(String path) {
        URI uri = path.startsWith("http") ? URI.create(path)
                : URI.create(baseUrl + (path.startsWith("/") ? path.substring(1) : path));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "zh-CN,zh;q=0.9");
        alwaysSent.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
