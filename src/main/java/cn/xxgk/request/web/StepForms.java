package cn.xxgk.request.web;

import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestStep;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * How a step form on a request's page ends, the same for every form: a refusal is shown on the field
 * it concerns ({@link StepFields} through {@link FieldFlaws}) with what was typed; a step taken
 * says so and opens the page again (post-redirect-get).
 */
@Dependent
public class StepForms implements Serializable {

    @Inject
    FieldFlaws flaws;

    @Inject
    Messages messages;

    /** Takes a step; a refusal is shown on the field of the form it concerns and the page stays as typed. */
    String attempt(String form, Supplier<String> step) {
        return flaws.attempt(form, StepFields.of(form), step);
    }

    /** The request's page again, saying which step was taken. */
    String done(DisclosureRequest r, RequestStep step) {
        messages.info(null, "request.page.done", messages.text("request.step." + step.name()));
        return RequestView.reopen(r.getId());
    }
}
