package cn.xxgk.workspace.web;

import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.control.TaskProvider;
import cn.xxgk.platform.control.TaskProvider.Task;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The home page: "my tasks", collected from every component that gives people work. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    Instance<TaskProvider> providers;

    @Inject
    SecurityContext security;

    private List<Task> tasks;

    public void load() {
        String username = security.getCallerPrincipal().getName();
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name)
                .filter(security::isCallerInRole).collect(Collectors.toSet());
        tasks = new ArrayList<>();
        providers.forEach(provider -> tasks.addAll(provider.tasksFor(username, roles)));
        tasks.sort(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    public List<Task> getTasks() {
        return tasks;
    }
}
