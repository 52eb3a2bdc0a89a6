package cn.xxgk.archive.control;

/** What a package holds: one disclosure request (its whole procedure) or one published catalogue entry. */
public enum ArchiveKind {
    REQUEST("政府信息公开申请"),
    ENTRY("主动公开政府信息");

    private final String label;

    ArchiveKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
