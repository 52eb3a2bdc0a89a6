package cn.xxgk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.RunningApp;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The public portal over HTTP, on the run command's application (demo catalogue: the bureau's rules
 * published as MB1532375/2019-00045): what machines read (Atom feed, sitemap, robots.txt), the
 * 404 of unknown entries, bad input on the search page, readers without a session, and the office
 * head's versions of the disclosure guide.
 */
class PortalIT {

    static final String RULES = "MB1532375/2019-00045";

    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.local();
    }

    /** A plain HTTP/1.1 client (as browsers talk to a server without TLS) with its own cookies. */
    private static Reader reader() {
        return new Reader();
    }

    static final class Reader {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(java.util.stream.Collectors.joining("&"));
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", app.url().replaceAll("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The local login form, as a browser fills it. */
        HttpResponse<String> login(String username) throws Exception {
            String page = get("login.xhtml").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", username);
            form.put("login:password", DemoDirectory.DEMO_PASSWORD);
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", AppClient.viewState(page));
            form.put("primefaces.nonce", AppClient.cspNonce(page));
            return post("login.xhtml", form);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(app.url() + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", "zh-CN,zh;q=0.9");
        }
    }

    private static Document xml(HttpResponse<String> response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagNameNS("*", tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    @Test
    void anAnonymousVisitorAtTheRootLandsOnThePublicHomeAndReadsWithoutASession() throws Exception {
        Reader reader = reader();

        HttpResponse<String> root = reader.get("");
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElseThrow().endsWith("/public/"));
        for (String path : List.of("public/", "public/search?q=%E5%88%B6%E5%BA%A6", "public/entry/" + RULES,
                "public/guide", "public/rules", "public/reports", "public/calculator")) {
            HttpResponse<String> page = reader.get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("lang=\"zh-CN\""), path);
            assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " created a session: " + page.headers().allValues("Set-Cookie"));
            // no PrimeFaces theme, icons or scripts on a public page: none of its components is used there
            assertFalse(page.body().contains("ln=primefaces") || page.body().contains("<script"), path);
        }
        assertTrue(reader.get("public/").body().contains("href=\"/index.xhtml\""), "the home links to the staff login");
    }

    @Test
    void theFeedAndTheSitemapAreWellFormedAndListThePublishedEntry() throws Exception {
        Reader reader = reader();

        HttpResponse<String> feed = reader.get("public/feed.atom");
        HttpResponse<String> decisions = reader.get("public/feed.atom?category=DECISIONS");
        HttpResponse<String> index = reader.get("sitemap.xml");
        HttpResponse<String> robots = reader.get("robots.txt");

        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        Document atom = xml(feed);
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        assertTrue(texts(atom, "id").stream().anyMatch(id -> id.endsWith("/public/entry/" + RULES)), feed.body());
        assertEquals(200, decisions.statusCode());
        xml(decisions);
        assertEquals(400, reader.get("public/feed.atom?category=%3Cscript%3E").statusCode());

        Document sitemaps = xml(index);
        assertEquals("sitemapindex", sitemaps.getDocumentElement().getLocalName());
        List<String> parts = texts(sitemaps, "loc");
        boolean listed = false;
        for (String part : parts) {
            String path = part.substring(part.indexOf("/sitemap.xml")).substring(1);
            Document urls = xml(reader.get(path));
            assertEquals("urlset", urls.getDocumentElement().getLocalName());
            listed |= texts(urls, "loc").stream().anyMatch(loc -> loc.endsWith("/public/entry/" + RULES));
        }
        assertTrue(listed, "the published entry's page is in a sitemap: " + parts);
        assertEquals(404, reader.get("sitemap.xml?part=999999").statusCode());
        assertEquals(404, reader.get("sitemap.xml?part=x").statusCode());

        assertEquals(200, robots.statusCode());
        assertTrue(robots.body().contains("Allow: /public/"), robots.body());
        assertTrue(robots.body().contains("Disallow: /admin/"), robots.body());
        assertTrue(robots.body().lines().anyMatch(l -> l.startsWith("Sitemap: http") && l.endsWith("/sitemap.xml")), robots.body());
    }

    @Test
    void anUnknownEntryIsThe404PageNot500() throws Exception {
        Reader reader = reader();
        for (String path : List.of("public/entry/MB1532375/2019-99999", "public/entry/MB1532375/abc",
                "public/entry/%3Cscript%3E/1", "public/entry/MB1532375/2019-00045x", "public/nothing-here",
                "public/entry.xhtml")) {
            HttpResponse<String> page = reader.get(path);

            assertEquals(404, page.statusCode(), path);
            assertTrue(page.statusCode() != 404 || !path.startsWith("public/entry/") || page.body().contains("id=\"not-found\""),
                    path + ": the portal's own page says so");
            assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + ": a 404 opens no session (a scan of addresses would fill the server with them)");
        }
    }

    @Test
    void badInputOnTheSearchPageGetsAnAnswerNeverA5xx() throws Exception {
        Reader reader = reader();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("q=", 200);
        expected.put("q=" + enc("<script>alert(1)</script>"), 200);
        expected.put("q=" + enc("' OR 1=1 --"), 200);
        expected.put("q=" + enc("\uD840\uDC00\uD83D\uDE00"), 200);
        expected.put("q=" + enc("制".repeat(101)), 400);
        expected.put("q=" + enc("x".repeat(20_000)), 400);
        expected.put("q=a&page=400", 200);
        expected.put("q=a&page=99999", 400);
        expected.put("q=a&page=-1", 400);
        expected.put("page=abc", 400);
        expected.put("year=abc", 400);
        expected.put("year=1800", 400);
        expected.put("category=NOPE", 400);
        expected.put("subject=" + enc("<b>"), 400);
        expected.put("sort=" + enc("'"), 200);
        for (Map.Entry<String, Integer> input : expected.entrySet()) {
            HttpResponse<String> page = reader.get("public/search?" + input.getKey());

            assertTrue(page.statusCode() < 500, input.getKey() + " gave " + page.statusCode());
            if (page.statusCode() != 414 && page.statusCode() != 431) {
                assertEquals(input.getValue(), page.statusCode(), input.getKey());
            }
            assertFalse(page.body().contains("<script>alert(1)"), "the query is escaped on the page");
        }
        HttpResponse<String> refused = reader.get("public/search?year=abc");
        assertTrue(refused.body().contains("id=\"search-error\""), "the reason is shown at the form");
        assertTrue(reader.get("public/search?q=" + enc("\u0000")).statusCode() < 500);
    }

    @Test
    void theOfficeHeadSavesANewVersionOfTheGuideAndAStaleEditIsRefused() throws Exception {
        Reader head = reader();
        assertEquals(302, head.login("officehead").statusCode());
        Reader other = reader();
        assertEquals(302, other.login("officehead").statusCode());
        HttpResponse<String> first = head.get("portal/guide.xhtml");
        HttpResponse<String> second = other.get("portal/guide.xhtml");
        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        String marker = "新版指南" + System.nanoTime();

        assertTrue(first.body().contains("jakarta.faces.ViewState"), first.body());
        HttpResponse<String> saved = saveGuide(head, first.body(), "<p>" + marker + "</p><script>alert(1)</script>");
        HttpResponse<String> stale = saveGuide(other, second.body(), "<p>覆盖</p>");

        assertTrue(saved.body().contains("已保存公开指南"), saved.body());
        assertTrue(stale.body().contains("数据已被他人修改"), "the second editor started from an older version: " + stale.body());
        String publicGuide = reader().get("public/guide").body();
        assertTrue(publicGuide.contains(marker), "the public page shows the newest version");
        assertFalse(publicGuide.contains("覆盖"));
        assertFalse(publicGuide.contains("alert(1)"), "the script was cleaned away");
        HttpResponse<String> anonymous = reader().get("portal/guide.xhtml");
        assertEquals(302, anonymous.statusCode(), "readers do not reach the editor");
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        Reader staff = reader();
        staff.login("office");
        assertEquals(403, staff.get("portal/guide.xhtml").statusCode(), "only the office head edits the guide");
    }

    private static HttpResponse<String> saveGuide(Reader client, String page, String body) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("guide", "guide");
        form.put("guide:body_input", body);
        form.put("guide:note", "测试");
        form.put("guide:save", "guide:save");
        form.put("jakarta.faces.ViewState", AppClient.viewState(page));
        form.put("primefaces.nonce", AppClient.cspNonce(page));
        return client.post("portal/guide.xhtml", form);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
