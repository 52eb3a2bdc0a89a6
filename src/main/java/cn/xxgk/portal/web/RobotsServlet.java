package cn.xxgk.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /robots.txt}: crawlers may read the public portal and the public catalogue API's attachments,
 * nothing of the staff's screens, and find every entry through the sitemap.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    static final String[] STAFF_AREAS = {"/admin/", "/audit/", "/calendar/", "/catalogue/", "/request/", "/account/",
        "/portal/", "/reminders.xhtml", "/index.xhtml", "/login.xhtml", "/oidc/", "/api/", "/public/text-size"};

    @Inject
    PublicUrls urls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        StringBuilder text = new StringBuilder("User-agent: *\n");
        text.append("Allow: ").append(context).append("/public/\n");
        text.append("Allow: ").append(context).append("/api/v1/catalogue/\n");
        for (String area : STAFF_AREAS) {
            text.append("Disallow: ").append(context).append(area).append('\n');
        }
        text.append("\nSitemap: ").append(urls.of(request).of("/sitemap.xml")).append('\n');
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("Pragma", null);
        response.getWriter().write(text.toString());
    }
}
