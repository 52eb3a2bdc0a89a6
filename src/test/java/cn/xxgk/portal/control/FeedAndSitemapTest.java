package cn.xxgk.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FeedAndSitemapTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFeedIsWellFormedAtomWithEscapedTextAndShanghaiTimes() throws Exception {
        StringWriter out = new StringWriter();
        AtomFeed.write(out, "https://x.cn/public/feed.atom", "https://x.cn/public/", "专栏 <&>", "某局",
                List.of(new AtomFeed.Item("https://x.cn/public/entry/MB1/2019-00045", "制度 <script>&\u0001",
                        LocalDate.of(2019, 5, 20), LocalDateTime.of(2019, 5, 20, 9, 30), "正文 & 摘要", "决策公开")),
                ZoneId.of("Asia/Shanghai"), LocalDateTime.of(2026, 1, 1, 0, 0));

        Document feed = parse(out.toString());
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        assertEquals("制度 <script>&", feed.getElementsByTagName("title").item(1).getTextContent());
        assertEquals("2019-05-20T09:30:00+08:00", feed.getElementsByTagName("updated").item(1).getTextContent());
        assertEquals("https://x.cn/public/entry/MB1/2019-00045", feed.getElementsByTagName("id").item(1).getTextContent());
    }

    @Test
    void anIndexAndAUrlSetAreWellFormedSitemaps() throws Exception {
        StringWriter index = new StringWriter();
        Sitemap sitemaps = Sitemap.index(index);
        sitemaps.sitemap("https://x.cn/sitemap.xml?part=1&a=b", LocalDate.of(2020, 1, 2));
        sitemaps.endIndex();
        StringWriter urls = new StringWriter();
        Sitemap set = Sitemap.urls(urls);
        set.url("https://x.cn/public/entry/MB1/2019-00045", LocalDate.of(2019, 5, 20));
        set.endUrls();

        Document first = parse(index.toString());
        assertEquals("sitemapindex", first.getDocumentElement().getLocalName());
        assertEquals("https://x.cn/sitemap.xml?part=1&a=b", first.getElementsByTagName("loc").item(0).getTextContent());
        Document second = parse(urls.toString());
        assertEquals("2019-05-20", second.getElementsByTagName("lastmod").item(0).getTextContent());
        assertTrue(Sitemap.MAX_URLS <= 50_000, "the protocol allows at most 50,000 addresses per file");
    }
}
