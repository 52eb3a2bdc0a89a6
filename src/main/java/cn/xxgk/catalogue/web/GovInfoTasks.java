package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.GovInfoQueues;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.platform.control.TaskProvider;
import cn.xxgk.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The steps of the chain that wait for the caller appear among "my tasks": "3 条信息待领导签发". */
@ApplicationScoped
public class GovInfoTasks implements TaskProvider {

    @Inject
    GovInfoQueues queues;

    @Inject
    Messages messages;

    @Override
    public List<Task> tasksFor(String username, Set<String> roles) {
        Set<GovInfoState> mine = ChainSteps.waitingFor(role -> roles.contains(role.name()));
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<GovInfoState, Long> counts = queues.counts();
        return ChainSteps.ORDER.stream().filter(mine::contains).filter(s -> counts.getOrDefault(s, 0L) > 0)
                .map(s -> new Task("govinfo.task.waiting", List.of(counts.get(s), messages.text("govinfo.state." + s.name())),
                        "/catalogue/queue.xhtml?state=" + s.name(), null))
                .toList();
    }
}
