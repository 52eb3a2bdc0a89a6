package cn.xxgk.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void scriptsHandlersStylesAndImagesNeverReachAReader() {
        String clean = SafeHtml.clean("<h2 onclick=\"x()\">指南</h2><script>alert(1)</script><p style=\"color:red\">"
                + "<a href=\"javascript:alert(1)\">链接</a><img src=\"x\" onerror=\"y()\"></p>");

        assertEquals("<h2>指南</h2><p><a>链接</a></p>", clean);
    }

    @Test
    void linksOverHttpAndMailtoStay() {
        String clean = SafeHtml.clean("<p><a href=\"https://www.gov.cn/\">政府网</a> <a href=\"mailto:a@b.cn\">信箱</a></p>");

        assertEquals("<p><a href=\"https://www.gov.cn/\">政府网</a> <a href=\"mailto:a@b.cn\">信箱</a></p>",
                clean);
    }

    @Test
    void aBodyOfOnlyTagsHasNoText() {
        assertEquals("", SafeHtml.text(SafeHtml.clean("<p> </p><script>x</script>")));
        assertFalse(SafeHtml.clean(null) == null);
    }
}
