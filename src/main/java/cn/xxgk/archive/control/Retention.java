package cn.xxgk.archive.control;

/**
 * The retention periods of 文书档案 (DA/T 22-2015 §5, 保管期限): permanent, 30 years, 10 years. The
 * name is the code an archive number carries (Y 永久, D30 30 年, D10 10 年).
 */
public enum Retention {
    Y("永久"),
    D30("30 年"),
    D10("10 年");

    private final String label;

    Retention(String label) {
        this.label = label;
    }

    /** The period as the office writes it. */
    public String label() {
        return label;
    }
}
