package cn.xxgk.catalogue.boundary;

/** What the secrecy review decided (seed 三). */
public enum SecrecyOutcome {
    /** 通过: nothing secret; on to the leader's sign-off. */
    PASSED,
    /** 存疑: sent to the competent department or the secrecy administration; the answer comes later. */
    DOUBTFUL,
    /** 定密: classified with a level; never published. */
    CLASSIFIED
}
