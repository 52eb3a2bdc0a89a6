package cn.xxgk.portal.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The large-text mode (适老化): a plain link sets a cookie for a year and sends the reader back to
 * the page they were on, so it works without script and persists across pages and visits. Only
 * a page of the portal is a place to go back to (no open redirect).
 */
@WebServlet(TextSizeServlet.PATH)
public class TextSizeServlet extends HttpServlet {

    static final String PATH = "/public/text-size";
    static final String COOKIE = "xxgk-text";
    static final String LARGE = "large";
    static final String NORMAL = "normal";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String size = LARGE.equals(request.getParameter("size")) ? LARGE : NORMAL;
        Cookie cookie = new Cookie(COOKIE, size);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(NORMAL.equals(size) ? 0 : ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + safeBack(request.getParameter("back")));
    }

    /** Back to a portal page, never elsewhere: anything else goes to the portal's home. */
    static String safeBack(String back) {
        if (back != null && back.startsWith("/public/") && !back.startsWith("/public/text-size")
                && back.length() <= 2000 && back.chars().noneMatch(c -> c < 0x20 || c == '\\')) {
            return back;
        }
        return "/public/";
    }

    /** Whether the reader chose the large text (the cookie this servlet sets). */
    static boolean largeText(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return LARGE.equals(cookie.getValue());
                }
            }
        }
        return false;
    }
}
