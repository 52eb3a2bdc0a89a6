package cn.xxgk.identity.entity;

/**
 * The roles of the glossary. The names are the security roles of the application (web.xml,
 * {@code @RolesAllowed}) and the values an SSO claim is mapped to.
 */
public enum Role {
    /** 办公室工作人员: reviews attributes and secrecy, catalogues, accepts requests. */
    OFFICE_STAFF,
    /** 办公室负责人: approves extensions and exemption reasons; grants roles. */
    OFFICE_HEAD,
    /** 处室（中心）工作人员: drafts information and proposes its attribute. */
    DEPT_STAFF,
    /** 处室（中心）负责人: confirms what the department sends. */
    DEPT_HEAD,
    /** 分管领导: heads the review and secrecy-review mechanisms. */
    LEADER_IN_CHARGE,
    /** 局主要领导: signs off and fixes the final attribute. */
    DIRECTOR,
    /** 保密人员: periodic declassification with the office. */
    SECRECY_OFFICER,
    /** 纪检监察: sees assessment and accountability records. */
    DISCIPLINE;

    /** Role names as string constants, for annotations that need compile-time constants. */
    public static final class Names {
        public static final String OFFICE_STAFF = "OFFICE_STAFF";
        public static final String OFFICE_HEAD = "OFFICE_HEAD";
        public static final String DEPT_STAFF = "DEPT_STAFF";
        public static final String DEPT_HEAD = "DEPT_HEAD";
        public static final String LEADER_IN_CHARGE = "LEADER_IN_CHARGE";
        public static final String DIRECTOR = "DIRECTOR";
        public static final String SECRECY_OFFICER = "SECRECY_OFFICER";
        public static final String DISCIPLINE = "DISCIPLINE";

        private Names() {
        }
    }
}
