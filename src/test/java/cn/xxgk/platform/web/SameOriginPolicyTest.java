package cn.xxgk.platform.web;

import static cn.xxgk.platform.web.SameOriginPolicy.Verdict.FOREIGN;
import static cn.xxgk.platform.web.SameOriginPolicy.Verdict.NO_BROWSER;
import static cn.xxgk.platform.web.SameOriginPolicy.Verdict.SAME_ORIGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Origin and Referer headers count as our own pages. */
class SameOriginPolicyTest {

    /** The request came to http://xxgk.local:8080; the proxy's public address is https://xxgk.example.gov.cn. */
    static final Set<WebOrigin> OURS = Set.of(new WebOrigin("http", "xxgk.local", 8080),
            WebOrigin.of("https://xxgk.example.gov.cn").orElseThrow());

    @ParameterizedTest
    @ValueSource(strings = {"http://xxgk.local:8080", "HTTP://XXGK.local:8080", "https://xxgk.example.gov.cn",
            "https://xxgk.example.gov.cn:443", "https://xxgk.example.gov.cn/"})
    void anOriginOfOursIsSameOrigin(String origin) {
        assertEquals(SAME_ORIGIN, SameOriginPolicy.judge(OURS, origin, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "http://xxgk.local", "http://xxgk.local:8081",
            "https://xxgk.local:8080", "http://xxgk.example.gov.cn", "https://xxgk.example.gov.cn.evil.example",
            "https://sub.xxgk.example.gov.cn", "null", "file://", "xxgk.local:8080", "http://[::1]:8080",
            "not a url at all", "javascript:alert(1)"})
    void anyOtherOriginIsForeign(String origin) {
        assertEquals(FOREIGN, SameOriginPolicy.judge(OURS, origin, null));
    }

    @Test
    void theOriginDecidesOverTheReferer() {
        assertEquals(FOREIGN, SameOriginPolicy.judge(OURS, "http://evil.example", "http://xxgk.local:8080/index.xhtml"));
        assertEquals(SAME_ORIGIN, SameOriginPolicy.judge(OURS, "http://xxgk.local:8080", "http://evil.example/page"));
    }

    @Test
    void withoutAnOriginTheRefererDecides() {
        assertEquals(SAME_ORIGIN, SameOriginPolicy.judge(OURS, null, "http://xxgk.local:8080/request/list.xhtml?scope=all"));
        assertEquals(SAME_ORIGIN, SameOriginPolicy.judge(OURS, " ", "https://xxgk.example.gov.cn/admin/users.xhtml"));
        assertEquals(FOREIGN, SameOriginPolicy.judge(OURS, null, "http://evil.example/xxgk.local:8080/"));
        assertEquals(FOREIGN, SameOriginPolicy.judge(OURS, null, "http://xxgk.local:8080@evil.example/"));
    }

    @Test
    void withNeitherTheRequestDidNotComeFromABrowserPage() {
        assertEquals(NO_BROWSER, SameOriginPolicy.judge(OURS, null, null));
        assertEquals(NO_BROWSER, SameOriginPolicy.judge(OURS, "", ""));
    }

    @Test
    void ipv6AddressesCompareWithoutTheirBrackets() {
        Set<WebOrigin> loopback = Set.of(new WebOrigin("http", "[::1]", 8080));

        assertEquals(SAME_ORIGIN, SameOriginPolicy.judge(loopback, "http://[::1]:8080", null));
        assertEquals(loopback, Set.of(new WebOrigin("http", "::1", 8080)));
    }

    @Test
    void onlyAbsoluteHttpUrlsHaveAnOrigin() {
        assertEquals(Optional.of(new WebOrigin("https", "example.org", 443)), WebOrigin.of("https://Example.org"));
        assertEquals(Optional.of(new WebOrigin("http", "example.org", 80)), WebOrigin.of(" http://example.org:80/x "));
        assertEquals(Optional.empty(), WebOrigin.of("ftp://example.org"));
        assertEquals(Optional.empty(), WebOrigin.of("/relative/path"));
        assertEquals(Optional.empty(), WebOrigin.of(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "PROPFIND"})
    void methodsThatMayChangeSomethingAreUnsafe(String method) {
        assertTrue(SameOriginPolicy.unsafe(method));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "TRACE"})
    void readingMethodsAreSafe(String method) {
        assertFalse(SameOriginPolicy.unsafe(method));
    }
}
