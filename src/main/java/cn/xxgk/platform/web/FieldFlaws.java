package cn.xxgk.platform.web;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shows a boundary's refusal of a form ({@link InvalidInputException}) next to the field it
 * concerns, on that field's {@code p:message}; a message key that concerns no field of the form
 * goes to the page's messages. The request is marked as failed, so the form is rendered again with
 * what the user typed; the boundary rolled its transaction back, so nothing was saved.
 * <p>
 * Which field a key concerns is the screen's knowledge: each screen passes its own
 * {@code FIELD_OF_FLAW} (message key -> id of the field within the form), as a function so that a
 * screen may choose between fields (the day of receipt depends on the channel at intake).
 */
@ApplicationScoped
public class FieldFlaws {

    @Inject
    Messages messages;

    /**
     * Runs the boundary call of a form's action; on a refusal shows it on its field and returns
     * null (the same page again, with what was typed).
     *
     * @param form    the id of the h:form
     * @param fieldOf the id within the form of the field a message key concerns, or null for none
     */
    public <T> T attempt(String form, Function<String, String> fieldOf, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException flaw) {
            refuse(form, fieldOf, flaw);
            return null;
        }
    }

    /** Shows a refusal on its field of the form (or on the page) and marks the request as failed. */
    public void refuse(String form, Function<String, String> fieldOf, InvalidInputException flaw) {
        show(form, fieldOf.apply(flaw.messageKey()), flaw.messageKey(), flaw.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** An error message on a field of the form, or on the page when the field is null. */
    public void show(String form, String field, String key, Object... arguments) {
        messages.error(field == null ? null : form + ":" + field, key, arguments);
    }
}
