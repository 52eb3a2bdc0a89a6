package cn.xxgk.request.web;

import cn.xxgk.platform.control.MessageBundle;
import cn.xxgk.request.boundary.PublicRequests;
import cn.xxgk.request.boundary.PublicStatus;
import cn.xxgk.request.control.Throttled;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * /public/status: a request's progress for the holder of its number and query code
 * ({@link PublicRequests#status}). The form is posted (the code stays out of the address bar and
 * the history); a wrong code and an unknown number get the same message; the letters to the
 * applicant are links that carry the code.
 */
@Named("publicStatus")
@RequestScoped
public class PublicStatusView {

    private static final int MAX = 64;

    @Inject
    PublicRequests requests;

    private String number = "";
    private String code = "";
    private PublicStatus status;
    private String error;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!"POST".equals(((HttpServletRequest) external.getRequest()).getMethod())) {
            return;
        }
        Map<String, String> p = external.getRequestParameterMap();
        number = cut(p.get("number"));
        code = cut(p.get("code"));
        try {
            status = requests.status(number, code).orElse(null);
            if (status == null) {
                error = text("public.request.notFound");
            }
        } catch (Throttled throttled) {
            ((HttpServletResponse) external.getResponse()).setStatus(429);
            error = text("public.throttled.detail", throttled.retryAfterSeconds());
        }
    }

    /** The address of a letter's PDF, with the code. */
    public String letterUrl(Long letterId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/public/requests/"
                + URLEncoder.encode(status.number(), StandardCharsets.UTF_8) + "/letters/" + letterId + "?code="
                + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8);
    }

    private static String cut(String value) {
        return value == null ? "" : value.length() > MAX ? value.substring(0, MAX) : value;
    }

    private static String text(String key, Object... arguments) {
        return MessageBundle.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public String getNumber() { return number; }
    public String getCode() { return code; }
    public PublicStatus getStatus() { return status; }
    public String getError() { return error; }
}
