package cn.xxgk.devserver;

/**
 * The database account an inspector's command-line check reads with (the audit chain, the archive):
 * {@code -Dxxgk.db.url/user/password}, or {@code XXGK_DB_URL/USER/PASSWORD} when a property is blank (the
 * Maven profiles pass empty ones). {@link #complete()} says whether url and user are given.
 */
record InspectorAccount(String url, String user, String password) {

    static InspectorAccount fromSettings() {
        String password = setting("xxgk.db.password", "XXGK_DB_PASSWORD");
        return new InspectorAccount(setting("xxgk.db.url", "XXGK_DB_URL"), setting("xxgk.db.user", "XXGK_DB_USER"),
                password == null ? "" : password);
    }

    /** The system property if not blank, else the environment's variable (null when neither is set). */
    static String setting(String property, String environment) {
        String value = System.getProperty(property, "");
        return value.isBlank() ? System.getenv(environment) : value;
    }

    boolean complete() {
        return url != null && !url.isBlank() && user != null && !user.isBlank();
    }
}
