package cn.xxgk.portal.web;

import cn.xxgk.portal.control.CanonicalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The canonical addresses for pages and servlets: the configured public URL, else the request's. */
@Named
@ApplicationScoped
public class PublicUrls {

    @Inject
    @ConfigProperty(name = "xxgk.public-url", defaultValue = " ")
    String publicUrls;

    @Inject
    HttpServletRequest current;

    public CanonicalAddress of(HttpServletRequest request) {
        String requestBase = request.getScheme() + "://" + request.getServerName()
                + (defaultPort(request) ? "" : ":" + request.getServerPort()) + request.getContextPath();
        return CanonicalAddress.of(publicUrls, requestBase);
    }

    /** For a page: the canonical address of an entry. */
    public String entry(String indexNumber) {
        return of(current).entry(indexNumber == null ? "" : indexNumber);
    }

    private static boolean defaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
    }
}
