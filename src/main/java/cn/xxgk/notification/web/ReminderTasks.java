package cn.xxgk.notification.web;

import cn.xxgk.notification.boundary.ReminderInbox;
import cn.xxgk.platform.control.TaskProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** Unread reminders appear among "my tasks" on the home page. */
@ApplicationScoped
public class ReminderTasks implements TaskProvider {

    @Inject
    ReminderInbox inbox;

    @Override
    public List<Task> tasksFor(String username, Set<String> roles) {
        return inbox.mine().stream().filter(r -> !r.isRead())
                .map(r -> new Task("reminder.task." + r.getFamily(), List.of(r.getDeadlineId()), "/reminders.xhtml",
                        r.getDueDate()))
                .toList();
    }
}
