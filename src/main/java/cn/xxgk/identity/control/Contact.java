package cn.xxgk.identity.control;

/** How to reach a user: for reminders and notices. The email may be missing (in-app only then). */
public record Contact(String username, String displayName, String email) {
}
