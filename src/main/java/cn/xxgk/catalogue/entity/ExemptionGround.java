package cn.xxgk.catalogue.entity;

/**
 * The legal grounds for withholding information (Regulations Arts. 14-16), in the categories the
 * annual report counts them by.
 */
public enum ExemptionGround {
    /** Art. 14: 依法确定为国家秘密. */
    ART14_STATE_SECRET(14),
    /** Art. 14: 法律、行政法规禁止公开. */
    ART14_PROHIBITED_BY_LAW(14),
    /** Art. 14: 公开后可能危及国家安全、公共安全、经济安全、社会稳定. */
    ART14_SECURITY_AND_STABILITY(14),
    /** Art. 15: 涉及商业秘密、个人隐私, 公开会对第三方合法权益造成损害. */
    ART15_THIRD_PARTY_RIGHTS(15),
    /** Art. 16 para. 1: 内部事务信息 (人事管理、后勤管理、内部工作流程等). */
    ART16_INTERNAL_AFFAIRS(16),
    /** Art. 16 para. 2: 过程性信息 (讨论记录、过程稿、磋商信函、请示报告等). */
    ART16_PROCESS_INFORMATION(16),
    /** Art. 16 para. 2: 行政执法案卷信息. */
    ART16_ENFORCEMENT_FILE(16);

    private final int article;

    ExemptionGround(int article) {
        this.article = article;
    }

    public int article() {
        return article;
    }
}
