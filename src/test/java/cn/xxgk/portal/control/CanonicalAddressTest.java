package cn.xxgk.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalAddressTest {

    @Test
    void theFirstConfiguredPublicUrlWins() {
        CanonicalAddress address = CanonicalAddress.of(" https://dsj.zhengzhou.gov.cn/ , https://other.example",
                "http://127.0.0.1:8080");

        assertEquals("https://dsj.zhengzhou.gov.cn/public/entry/MB1532375/2019-00045",
                address.entry("MB1532375/2019-00045"));
    }

    @Test
    void withoutASettingTheRequestsAddressIsUsed() {
        assertEquals("http://127.0.0.1:8080/ctx/sitemap.xml",
                CanonicalAddress.of(" ", "http://127.0.0.1:8080/ctx").of("/sitemap.xml"));
        assertEquals("http://h/robots.txt", CanonicalAddress.of("not a url", "http://h").of("/robots.txt"));
    }
}
