package cn.xxgk.platform.web;

import cn.xxgk.platform.control.MessageBundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Puts messages from the resource bundle (i18n/messages, Chinese first, English second) on the
 * screen in the user's language. Code outside JSF reads the bundle through {@link MessageBundle}.
 */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = MessageBundle.NAME;
    public static final Locale DEFAULT_LOCALE = MessageBundle.DEFAULT_LOCALE;

    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null ? DEFAULT_LOCALE : faces.getViewRoot().getLocale();
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return MessageBundle.text(locale, key, arguments);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
