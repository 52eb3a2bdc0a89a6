package cn.xxgk.remedy.entity;

/** The result columns of the annual report's section 四 (总计 is their sum). */
public enum RemedyResult {
    /** 结果维持 */
    UPHELD,
    /** 结果纠正 */
    CORRECTED,
    /** 其他结果 */
    OTHER,
    /** 尚未审结 */
    PENDING;

    public boolean isDecided() {
        return this != PENDING;
    }
}
