package cn.xxgk.identity.control;

import cn.xxgk.identity.entity.Role;
import java.util.Set;

/** What the SSO told us about a person: who they are, and the roles its claim maps to. */
public record SsoIdentity(String subject, String preferredUsername, String displayName, String email,
                          Set<Role> roles) {
}
