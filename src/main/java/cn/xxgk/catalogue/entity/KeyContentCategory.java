package cn.xxgk.catalogue.entity;

/**
 * The eight key content categories of the bureau's rules (seed 一(二)), each with the name of the
 * department responsible for it. The department names are those of the rules; a bureau whose
 * departments are named otherwise maps them when it configures its departments.
 */
public enum KeyContentCategory {
    /** 1. 决策公开 */
    DECISIONS("办公室"),
    /** 2. 公务员考试录用、表彰奖励、年度考核；军转安置、流动调配 */
    CIVIL_SERVANTS("办公室"),
    /** 3. 大数据产业工作进展情况 */
    BIG_DATA_INDUSTRY("产业发展处"),
    /** 4. 离退休干部工作 */
    RETIRED_CADRES("办公室"),
    /** 5. 局机关干部选拔任用情况 */
    CADRE_APPOINTMENTS("办公室"),
    /** 6. 经费收支情况（年度预算数、已使用数、结余数） */
    BUDGET("办公室"),
    /** 7. 大宗物品采购、重大财产处理情况 */
    PROCUREMENT("办公室"),
    /** 8. 党风廉政建设情况 */
    PARTY_INTEGRITY("机关党委");

    private final String responsibleDepartment;

    KeyContentCategory(String responsibleDepartment) {
        this.responsibleDepartment = responsibleDepartment;
    }

    public String responsibleDepartment() {
        return responsibleDepartment;
    }
}
