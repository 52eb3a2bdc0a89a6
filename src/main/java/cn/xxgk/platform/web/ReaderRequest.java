package cn.xxgk.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A reader's GET of a public page (or any request's error page) without a session: whatever the page's
 * machinery puts "in the session" (Mojarra keeps the map of a view's attributes there even for a transient
 * view; PrimeFaces puts its CSP nonce in that map) lives in a throwaway session for this one request, so
 * reading the portal or meeting an error page never creates a server session nor sends a session cookie. A
 * visitor who already has a session (logged-in staff) keeps using it.
 */
public final class ReaderRequest extends HttpServletRequestWrapper {

    private HttpSession local;

    public ReaderRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public HttpSession getSession() {
        return getSession(true);
    }

    @Override
    public HttpSession getSession(boolean create) {
        HttpSession real = super.getSession(false);
        if (real != null) {
            return real;
        }
        if (local == null && create) {
            local = new Throwaway(getServletContext());
        }
        return local;
    }

    /** Held by no one after the request: no id is ever sent, nothing is kept. */
    private static final class Throwaway implements HttpSession {

        private final Map<String, Object> attributes = new HashMap<>();
        private final ServletContext context;
        private final long created = System.currentTimeMillis();
        private final String id = "reader-" + UUID.randomUUID();

        Throwaway(ServletContext context) {
            this.context = context;
        }

        @Override public long getCreationTime() { return created; }
        @Override public String getId() { return id; }
        @Override public long getLastAccessedTime() { return created; }
        @Override public ServletContext getServletContext() { return context; }
        @Override public void setMaxInactiveInterval(int interval) { /* ends with the request anyway */ }
        @Override public int getMaxInactiveInterval() { return 0; }
        @Override public Object getAttribute(String name) { return attributes.get(name); }
        @Override public Enumeration<String> getAttributeNames() { return Collections.enumeration(attributes.keySet()); }
        @Override public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }
        @Override public void removeAttribute(String name) { attributes.remove(name); }
        @Override public void invalidate() { attributes.clear(); }
        @Override public boolean isNew() { return true; }
    }
}
