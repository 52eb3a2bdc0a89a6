package cn.xxgk.request.web;

import cn.xxgk.platform.web.Messages;
import cn.xxgk.request.boundary.RequestAcceptance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * 转交其他承办人: the handler (or the office head) hands a request over to another user of the
 * office, chosen by name; the deadlines and their reminders follow. Then the page again
 * (post-redirect-get) with the new handler; a refusal is shown on the choice.
 */
@Named
@ViewScoped
public class AssignActions implements Serializable {

    static final String FORM = "assign";

    @Inject
    RequestAcceptance acceptance;

    @Inject
    RequestView page;

    @Inject
    Messages messages;

    @Inject
    StepForms steps;

    private String handler;
    private List<Candidate> candidates;

    public String assign() {
        return steps.attempt(FORM, () -> {
            acceptance.assign(page.getId(), page.getRequest().getVersion(), handler);
            messages.info(null, "request.page.assigned", nameOf(handler));
            return RequestView.reopen(page.getId());
        });
    }

    /** The users of the office the request may go to, shown by display name; not the one who handles it now. */
    public List<Candidate> getCandidates() {
        if (candidates == null) {
            candidates = acceptance.handlers().stream()
                    .filter(c -> !Objects.equals(c.username(), page.getRequest().getHandler()))
                    .map(c -> new Candidate(c.username(), c.displayName())).toList();
        }
        return candidates;
    }

    private String nameOf(String username) {
        return getCandidates().stream().filter(c -> c.username().equals(username)).map(Candidate::name)
                .findFirst().orElse(username);
    }

    /** A user of the office to choose: the username sent, the display name shown. */
    public record Candidate(String username, String name) implements Serializable {
    }

    public String getHandler() { return handler; }
    public void setHandler(String handler) { this.handler = handler; }
}
