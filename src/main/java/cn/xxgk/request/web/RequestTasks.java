package cn.xxgk.request.web;

import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.control.TaskProvider;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.request.boundary.RequestRegistry;
import cn.xxgk.request.boundary.RequestRegistry.Filter;
import cn.xxgk.request.boundary.RequestRegistry.Listed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The requests waiting for the caller appear among "my tasks", each with its reply due date:
 * "申请 2026-0012：待答复". The handler sees the requests in their hands; the office head also the
 * extensions waiting for a decision.
 */
@ApplicationScoped
public class RequestTasks implements TaskProvider {

    @Inject
    RequestRegistry registry;

    @Inject
    Messages messages;

    @Override
    public List<Task> tasksFor(String username, Set<String> roles) {
        List<Task> tasks = new ArrayList<>();
        if (roles.contains(Role.OFFICE_STAFF.name()) || roles.contains(Role.OFFICE_HEAD.name())) {
            for (Listed l : registry.list(new Filter(null, null, null, null, username), RequestListView.MAX_ROWS)) {
                String waiting = RequestSteps.waitingFor(l.request());
                if (waiting != null) {
                    tasks.add(task(l, waiting));
                }
            }
        }
        if (roles.contains(Role.OFFICE_HEAD.name())) {
            registry.awaitingExtensionDecision().forEach(l -> tasks.add(task(l, "request.waiting.extensionDecision")));
        }
        return tasks;
    }

    private Task task(Listed l, String waitingKey) {
        LocalDate due = l.status() == null ? null : l.status().dueDate();
        return new Task("request.task.waiting", List.of(l.request().getNumber(), messages.text(waitingKey)),
                "/request/view.xhtml?id=" + l.request().getId(), due);
    }
}
