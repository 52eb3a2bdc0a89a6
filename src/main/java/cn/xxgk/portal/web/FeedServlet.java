package cn.xxgk.portal.web;

import cn.xxgk.catalogue.boundary.PublicListings;
import cn.xxgk.catalogue.boundary.PublicListings.ListedEntry;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.platform.control.MessageBundle;
import cn.xxgk.portal.control.AtomFeed;
import cn.xxgk.portal.control.CanonicalAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * The Atom feed of the newest published entries ({@value PublicListings#MAX_NEWEST}) at
 * {@code /public/feed.atom}, or of one key content category with {@code ?category=DECISIONS} (the
 * names of {@link KeyContentCategory}); an unknown category is a 400.
 */
@WebServlet("/public/feed.atom")
public class FeedServlet extends HttpServlet {

    @Inject
    PublicListings listings;

    @Inject
    PublicUrls urls;

    @Inject
    Clock clock;

    @Inject
    cn.xxgk.identity.boundary.AgencySetup agencies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("category");
        KeyContentCategory category = null;
        if (name != null && !name.isBlank()) {
            category = Arrays.stream(KeyContentCategory.values()).filter(c -> c.name().equals(name.strip()))
                    .findFirst().orElse(null);
            if (category == null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown category");
                return;
            }
        }
        CanonicalAddress site = urls.of(request);
        String feedUrl = site.of("/public/feed.atom" + (category == null ? ""
                : "?category=" + URLEncoder.encode(category.name(), StandardCharsets.UTF_8)));
        String agency = agencies.agencyName();
        String title = agency + " " + MessageBundle.text("portal.column")
                + (category == null ? "" : " - " + MessageBundle.text("govinfo.key." + category.name()));
        List<AtomFeed.Item> items = listings.newest(PublicListings.MAX_NEWEST, category).stream()
                .map(e -> item(site, e)).toList();
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Pragma", null);
        try (Writer out = response.getWriter()) {
            AtomFeed.write(out, feedUrl, site.of("/public/"), title, agency, items, clock.getZone(),
                    LocalDateTime.now(clock));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static AtomFeed.Item item(CanonicalAddress site, ListedEntry e) {
        return new AtomFeed.Item(site.entry(e.indexNumber()), e.title(), e.publishedDate(), e.updatedAt(),
                e.summary(), e.keyContent() == null ? null : MessageBundle.text("govinfo.key." + e.keyContent().name()));
    }
}
