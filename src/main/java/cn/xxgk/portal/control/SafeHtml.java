package cn.xxgk.portal.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text as the public may see it: structural tags only (paragraphs, headings, lists, tables,
 * emphasis, links over http, https and mailto), no image, script, style or event handler. The
 * guide is cleaned before it is stored; a body the catalogue stored cleaned is cleaned again
 * before it is shown, so that a page never trusts what it did not clean itself.
 */
public final class SafeHtml {

    private static final Safelist SAFELIST = Safelist.relaxed().removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto").preserveRelativeLinks(false);

    private SafeHtml() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", SAFELIST, new Document.OutputSettings().prettyPrint(false)).strip();
    }

    /** The text a reader sees of some rich text (for a length check: an empty-looking body is empty). */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text().strip();
    }
}
