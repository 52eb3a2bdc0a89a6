package cn.xxgk.catalogue.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The body of an item as rich text: whatever the editor or an API client sends is cleaned to a
 * safelist of structural tags (paragraphs, headings, lists, tables, emphasis, links) before it is
 * stored, so that no script, style or event handler ever reaches a reader. Images are not allowed
 * in the body: they come as attachments, checked and stored apart.
 */
public final class BodyHtml {

    static final Safelist SAFELIST = Safelist.relaxed().removeTags("img").addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(false);

    private BodyHtml() {
    }

    /** The safe HTML of a body. */
    public static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, settings).strip();
    }

    /** The text of a (sanitised) body: one line per block, for search and the public API. */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !out.isEmpty()
                        && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return out.toString().strip();
    }

    /** Plain text made into paragraphs (one per non-empty line), e.g. a bundled document. */
    public static String fromText(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                html.append("<p>").append(Entities.escape(line.strip())).append("</p>");
            }
        }
        return html.toString();
    }
}
