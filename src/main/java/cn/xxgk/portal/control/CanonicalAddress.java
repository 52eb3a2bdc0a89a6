package cn.xxgk.portal.control;

import java.net.URI;

/**
 * The canonical addresses of the portal (the feed, the sitemap, a page's {@code rel=canonical}): under
 * the first of the configured public URLs ({@code XXGK_PUBLIC_URL}, several comma-separated) when one
 * is set, else under the address the request came to.
 */
public final class CanonicalAddress {

    private final String base;

    private CanonicalAddress(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * @param configured the setting as written (may be blank or a comma-separated list)
     * @param requestBase scheme, host, port and context path of the request, used when nothing usable is configured
     */
    public static CanonicalAddress of(String configured, String requestBase) {
        if (configured != null) {
            String first = configured.split(",", -1)[0].strip();
            if (usable(first)) {
                return new CanonicalAddress(first);
            }
        }
        return new CanonicalAddress(requestBase);
    }

    private static boolean usable(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The base without a trailing slash, e.g. https://dsj.zhengzhou.gov.cn. */
    public String base() {
        return base;
    }

    /** An address under the base, {@code path} starting with a slash. */
    public String of(String path) {
        return base + path;
    }

    /** The entry page of an index number (organisation code / year-serial, both parts kept as they are). */
    public String entry(String indexNumber) {
        return base + "/public/entry/" + indexNumber;
    }
}
