package cn.xxgk.portal.web;

import cn.xxgk.identity.boundary.AgencySetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the public shell shows on every page: the agency's name and the text size, with the link that switches it. */
@Named
@RequestScoped
public class PublicShell {

    @Inject
    AgencySetup agencies;

    @Inject
    HttpServletRequest request;

    private String agencyName;

    public String getAgencyName() {
        if (agencyName == null) {
            agencyName = agencies.agencyName();
        }
        return agencyName;
    }

    public boolean isLargeText() {
        return TextSizeServlet.largeText(request);
    }

    /** The link that switches the text size and comes back to this very page (a plain GET: works without script). */
    public String getTextSizeLink() {
        String size = isLargeText() ? TextSizeServlet.NORMAL : TextSizeServlet.LARGE;
        return request.getContextPath() + TextSizeServlet.PATH + "?size=" + size + "&back="
                + URLEncoder.encode(currentAddress(), StandardCharsets.UTF_8);
    }

    /** The address the reader sees (before the forward to the view), path and query, without the context path. */
    String currentAddress() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded instanceof String ? (String) forwardedQuery : request.getQueryString();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return query == null ? path : path + "?" + query;
    }
}
