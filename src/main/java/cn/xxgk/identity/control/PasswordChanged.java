package cn.xxgk.identity.control;

/** A CDI event: a user set their own password (fired by the boundary, observed by the web layer). */
public record PasswordChanged(String username) {
}
