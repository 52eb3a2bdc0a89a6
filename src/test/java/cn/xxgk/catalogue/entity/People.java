package cn.xxgk.catalogue.entity;

import cn.xxgk.identity.entity.Role;

/** The demo people as the item's steps see them (the drafting department is department 3). */
final class People {

    static final Long DEPARTMENT = 3L;
    static final Long OFFICE_DEPARTMENT = 1L;
    static final Caller DEPTSTAFF = Caller.of("deptstaff", DEPARTMENT, Role.DEPT_STAFF);
    static final Caller DEPTHEAD = Caller.of("depthead", DEPARTMENT, Role.DEPT_HEAD);
    static final Caller OTHER_DEPTHEAD = Caller.of("otherhead", 4L, Role.DEPT_HEAD);
    static final Caller OFFICE = Caller.of("office", OFFICE_DEPARTMENT, Role.OFFICE_STAFF);
    static final Caller OFFICEHEAD = Caller.of("officehead", OFFICE_DEPARTMENT, Role.OFFICE_HEAD);
    static final Caller SECRECY = Caller.of("secrecy", null, Role.SECRECY_OFFICER);
    static final Caller LEADER = Caller.of("leader", null, Role.LEADER_IN_CHARGE);
    static final Caller DIRECTOR = Caller.of("director", null, Role.DIRECTOR);

    private People() {
    }
}
