package cn.xxgk.portal.web;

import cn.xxgk.catalogue.boundary.PublicListings;
import cn.xxgk.portal.control.CanonicalAddress;
import cn.xxgk.portal.control.Sitemap;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * {@code /sitemap.xml}: a sitemap index whose files ({@code /sitemap.xml?part=N}, at the root so that
 * they may list any page of the site) each hold the published entries of one slice of
 * {@value Sitemap#MAX_URLS} ids, streamed as read. The index lists the portal's own pages too, in
 * part 0. A part that is not a number, or has no entry, is a 404.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    static final String[] PAGES = {"/public/", "/public/guide", "/public/rules", "/public/search", "/public/reports",
        "/public/calculator"};

    @Inject
    PublicListings listings;

    @Inject
    PublicUrls urls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CanonicalAddress site = urls.of(request);
        String part = request.getParameter("part");
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Pragma", null);
        if (part == null) {
            index(site, response);
            return;
        }
        int number;
        try {
            number = Integer.parseInt(part);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (number == 0) {
            Sitemap pages = Sitemap.urls(response.getWriter());
            for (String page : PAGES) {
                pages.url(site.of(page), null);
            }
            pages.endUrls();
            return;
        }
        if (number < 0 || !listings.sliceHasEntries(number, Sitemap.MAX_URLS)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Writer out = response.getWriter();
        Sitemap sitemap = Sitemap.urls(out);
        listings.eachInSlice(number, Sitemap.MAX_URLS, entry -> {
            try {
                sitemap.url(site.entry(entry.indexNumber()), entry.publishedDate());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        sitemap.endUrls();
    }

    private void index(CanonicalAddress site, HttpServletResponse response) throws IOException {
        Sitemap index = Sitemap.index(response.getWriter());
        index.sitemap(site.of("/sitemap.xml?part=0"), null);
        for (PublicListings.Slice slice : listings.slices(Sitemap.MAX_URLS)) {
            index.sitemap(site.of("/sitemap.xml?part=" + slice.number()), slice.lastPublished());
        }
        index.endIndex();
    }
}
