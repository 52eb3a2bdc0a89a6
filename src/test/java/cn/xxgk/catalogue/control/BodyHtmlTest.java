package cn.xxgk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The body's sanitising and its plain text. */
class BodyHtmlTest {

    @Test
    void scriptsHandlersAndImagesAreRemoved() {
        String clean = BodyHtml.sanitise("<p onclick=\"steal()\">正文<script>alert(1)</script></p>"
                + "<img src=\"http://evil.example/x.png\"><a href=\"javascript:alert(1)\">链接</a><style>p{}</style>");

        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("img"), clean);
        assertFalse(clean.contains("javascript"), clean);
        assertFalse(clean.contains("style"), clean);
        assertTrue(clean.contains("<p>正文</p>"), clean);
    }

    @Test
    void structureAndLinksStay() {
        String clean = BodyHtml.sanitise("<h2>一、总则</h2><ul><li>第一条</li></ul><a href=\"https://www.zhengzhou.gov.cn/\">市政府网站</a>");

        assertTrue(clean.contains("<h2>一、总则</h2>"), clean);
        assertTrue(clean.contains("<li>第一条</li>"), clean);
        assertTrue(clean.contains("href=\"https://www.zhengzhou.gov.cn/\""), clean);
    }

    @Test
    void theTextHasOneLinePerBlock() {
        assertEquals("一、总则\n第一条\n第二条", BodyHtml.text("<h2>一、总则</h2><p>第一条</p><p>第二条</p>"));
        assertEquals("a < b", BodyHtml.text(BodyHtml.sanitise("<p>a &lt; b</p>")));
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertEquals("<p>第一段</p><p>a &lt; b</p>", BodyHtml.fromText("第一段\n\n a < b \n"));
    }
}
