package cn.xxgk.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error pages open no session ({@link ReaderRequest}): a scan of unknown addresses (one 404 each) would
 * otherwise leave a server session behind for every address it tried. Whoever has a session keeps it.
 */
@WebFilter(filterName = "ErrorPagesWithoutSession", urlPatterns = "/error/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class ErrorPagesWithoutSession extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new ReaderRequest(request), response);
    }
}
