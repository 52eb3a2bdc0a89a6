package cn.xxgk.catalogue.entity;

/**
 * A delegation of the sign-off the agency has configured, recorded on each item signed under it.
 * Without one, seed 三(四) applies as written: the principal leader (局主要领导) signs official
 * documents; the leader in charge (分管领导) signs other information (seed 一(三)1, 三(一)).
 */
public enum SignOffDelegation {
    /** Official documents may also be signed off by the leader in charge (分管领导代为签发公文). */
    OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE
}
