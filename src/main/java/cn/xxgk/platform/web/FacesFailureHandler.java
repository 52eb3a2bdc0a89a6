package cn.xxgk.platform.web;

import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.Failures;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.MissingSettingException;
import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.platform.control.Refusal;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.csp.CspException;
import java.util.Iterator;

/**
 * Turns what a boundary refuses into what the user should see, so that backing beans stay
 * thin (one facade call per action, no try/catch):
 * <ul>
 * <li>a page opened by its address naming an unknown id: the 404 page; an object the caller may not
 * see: recorded as refused, then the 403 page ({@link AddressFailures});</li>
 * <li>invalid input: its message, in the user's language, on the page; nothing was saved;</li>
 * <li>a concurrent change: "changed by someone else, reload";</li>
 * <li>a command the server cannot carry out for want of a setting or resource (a letter without a
 * usable font, the personal-data keys): its message, naming what to check; nothing was saved;</li>
 * <li>a step the role may not take: recorded as refused, then the 403 page;</li>
 * <li>an expired or forged form post (no live view state, or not the page's CSP nonce): recorded
 * as refused, then the "page expired" page.</li>
 * </ul>
 * A refusal is recorded by firing a {@link Refusal} event, which the audit component observes.
 * Anything else goes on to PrimeFaces' handler, which shows the error page of web.xml.
 */
public class FacesFailureHandler extends ExceptionHandlerWrapper {

    FacesFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (handled(failure)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private boolean handled(Throwable failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (Failures.find(failure, NotFoundException.class) != null && AddressFailures.send(faces, 404)) {
            return true;
        }
        if (Failures.isAccessRefusal(failure)) {
            refused(new Refusal("ACCESS", "Page", requestUri(), "role may not take this step"));
            return AddressFailures.send(faces, 403);
        }
        InvalidInputException invalid = Failures.find(failure, InvalidInputException.class);
        if (invalid != null) {
            showOnce(invalid.messageKey(), invalid.arguments());
            FacesContext.getCurrentInstance().validationFailed();
            return true;
        }
        MissingSettingException missing = Failures.find(failure, MissingSettingException.class);
        if (missing != null) {
            showOnce(missing.messageKey(), missing.arguments());
            FacesContext.getCurrentInstance().validationFailed();
            return true;
        }
        if (Failures.isConcurrentChange(failure)) {
            showOnce(ConcurrentChangeException.MESSAGE_KEY);
            FacesContext.getCurrentInstance().validationFailed();
            return true;
        }
        if (Failures.find(failure, ViewExpiredException.class) != null
                || Failures.find(failure, CspException.class) != null) {
            refused(new Refusal("FORM_POST", "Page", requestUri(), "view expired or forged"));
        }
        return false;
    }

    /**
     * One failure can be queued more than once (a file upload listener's exception reaches the
     * handler once per wrapping layer): the user sees its message once.
     */
    private static void showOnce(String key, Object... arguments) {
        String text = messages().text(key, arguments);
        boolean shown = FacesContext.getCurrentInstance().getMessageList(null).stream()
                .anyMatch(m -> text.equals(m.getSummary()));
        if (!shown) {
            messages().error(null, key, arguments);
        }
    }

    private static String requestUri() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? http.getRequestURI() : null;
    }


    private static Messages messages() {
        return CDI.current().select(Messages.class).get();
    }

    private static void refused(Refusal refusal) {
        CDI.current().getBeanManager().getEvent().select(Refusal.class).fire(refusal);
    }
}
