package cn.xxgk.audit.web;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditResult;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Records the refusals the container makes before any application code runs: a page the
 * caller's roles may not open (web.xml security constraints). The container dispatches to the
 * 403 error page, and this filter sees that dispatch. (An unknown session cookie is recorded by
 * the authentication mechanism, which sees the request first.)
 */
@WebFilter(filterName = "RefusalRecorder", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusalRecorder extends HttpFilter {

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            audit.record("ACCESS", "Page", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    AuditResult.REFUSED, "role may not open this page");
        }
        chain.doFilter(request, response);
    }
}
