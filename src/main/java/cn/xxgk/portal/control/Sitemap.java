package cn.xxgk.portal.control;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * The sitemap protocol (sitemaps.org 0.9): an index of sitemap files, each of at most
 * {@value #MAX_URLS} addresses, written line by line as entries arrive so that a million entries
 * never sit in memory. Addresses are escaped as XML; they contain no other character that needs it.
 */
public final class Sitemap {

    public static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final Writer out;

    private Sitemap(Writer out) {
        this.out = out;
    }

    /** Starts a sitemap index. */
    public static Sitemap index(Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NS + "\">\n");
        return new Sitemap(out);
    }

    /** Starts a sitemap file (a urlset). */
    public static Sitemap urls(Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n");
        return new Sitemap(out);
    }

    public void sitemap(String location, LocalDate lastModified) throws IOException {
        out.write("<sitemap><loc>" + escape(location) + "</loc>" + lastmod(lastModified) + "</sitemap>\n");
    }

    public void url(String location, LocalDate lastModified) throws IOException {
        out.write("<url><loc>" + escape(location) + "</loc>" + lastmod(lastModified) + "</url>\n");
    }

    public void endIndex() throws IOException {
        out.write("</sitemapindex>\n");
        out.flush();
    }

    public void endUrls() throws IOException {
        out.write("</urlset>\n");
        out.flush();
    }

    private static String lastmod(LocalDate date) {
        return date == null ? "" : "<lastmod>" + date + "</lastmod>";
    }

    static String escape(String text) {
        return XmlText.clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
