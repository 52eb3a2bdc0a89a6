package cn.xxgk.identity.web;

import cn.xxgk.identity.boundary.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * Shows people by the name colleagues know them by ({@code #{people.name(step.actor)}} gives
 * 李主任), not by their login: records keep the username, which stays unique and unchanged. A name
 * the directory does not know (a system job) is shown as it is. Each name is looked up once per page.
 */
@Named("people")
@RequestScoped
public class PeopleNames {

    @Inject
    Directory directory;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        return names.computeIfAbsent(username, u -> directory.displayName(u).filter(n -> !n.isBlank()).orElse(u));
    }
}
