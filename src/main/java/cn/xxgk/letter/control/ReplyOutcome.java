package cn.xxgk.letter.control;

import java.util.Locale;

/**
 * The outcome a reply letter states (Regulations Arts. 30, 35-39), each in the row of the annual
 * report's request table it is counted in (国办公开办函〔2021〕30号, PRODUCT.md §5). Each outcome has
 * its own template {@code letters/replies/<template>.html} with the legal wording.
 */
public enum ReplyOutcome {

    /** Art. 36(2): the information is given, or how, where and when to get it. */
    DISCLOSED(Category.DISCLOSED, 0),
    /** Art. 36(1): already proactively disclosed; the applicant is told where to find it. */
    ALREADY_PUBLISHED(Category.DISCLOSED, 0),
    /** Art. 37: the part that may be disclosed is given, the rest withheld with reasons. */
    PARTLY_DISCLOSED(Category.PARTLY_DISCLOSED, 0),
    /** Arts. 14, 36(3): 属于国家秘密. */
    NOT_DISCLOSED_STATE_SECRET(Category.NOT_DISCLOSED, 1),
    /** Arts. 14, 36(3): 其他法律行政法规禁止公开. */
    NOT_DISCLOSED_PROHIBITED_BY_LAW(Category.NOT_DISCLOSED, 2),
    /** Arts. 14, 36(3): 危及"三安全一稳定". */
    NOT_DISCLOSED_SECURITY_AND_STABILITY(Category.NOT_DISCLOSED, 3),
    /** Arts. 15, 32, 36(3): 保护第三方合法权益. */
    NOT_DISCLOSED_THIRD_PARTY_RIGHTS(Category.NOT_DISCLOSED, 4),
    /** Arts. 16(1), 36(3): 属于三类内部事务信息. */
    NOT_DISCLOSED_INTERNAL_AFFAIRS(Category.NOT_DISCLOSED, 5),
    /** Arts. 16(2), 36(3): 属于四类过程性信息. */
    NOT_DISCLOSED_PROCESS_INFORMATION(Category.NOT_DISCLOSED, 6),
    /** Arts. 16(2), 36(3): 属于行政执法案卷. */
    NOT_DISCLOSED_ENFORCEMENT_FILE(Category.NOT_DISCLOSED, 7),
    /** Art. 36(7): 属于行政查询事项 (registration records with their own access rules). */
    NOT_DISCLOSED_ADMINISTRATIVE_QUERY(Category.NOT_DISCLOSED, 8),
    /** Art. 36(4): after a search, the information does not exist here (本机关不掌握). */
    NOT_HELD_DOES_NOT_EXIST(Category.CANNOT_PROVIDE, 1),
    /** Art. 36(5): not this agency's to disclose; the competent agency is named (本机关不掌握). */
    NOT_HELD_OTHER_AGENCY(Category.CANNOT_PROVIDE, 1),
    /** Art. 38: no ready information, it would have to be made (没有现成信息需要另行制作). */
    NEEDS_CREATION(Category.CANNOT_PROVIDE, 2),
    /** Art. 30: still unclear after the correction (补正后申请内容仍不明确). */
    UNCLEAR_AFTER_CORRECTION(Category.CANNOT_PROVIDE, 3),
    /** Art. 39(1): a petition, report or complaint, not a disclosure request (信访举报投诉类申请). */
    PETITION_OR_COMPLAINT(Category.NOT_PROCESSED, 1),
    /** Art. 36(6): the same matter asked again by the same applicant (重复申请). */
    REPEAT_REQUEST(Category.NOT_PROCESSED, 2),
    /** Art. 39(2): asks for a public publication (要求提供公开出版物). */
    PUBLICATION(Category.NOT_PROCESSED, 3),
    /** Art. 35: unreasonable volume or frequency without a good reason (无正当理由大量反复申请). */
    EXCESSIVE_REQUESTS(Category.NOT_PROCESSED, 4),
    /** Art. 39(2): asks to confirm or re-issue information already obtained. */
    CONFIRMATION_OR_REISSUE(Category.NOT_PROCESSED, 5),
    /** Art. 30: no correction in the period set (逾期不补正), treated as abandoned. */
    NO_CORRECTION_IN_TIME(Category.OTHER, 1),
    /** 国办函〔2020〕109号: the processing fee was not paid in time (逾期未缴费). */
    FEE_NOT_PAID(Category.OTHER, 2),
    /** Anything else (其他): the handler writes the reasons in full. */
    OTHER(Category.OTHER, 3);

    /** The result rows （一）…（六） of the annual report's request table. */
    public enum Category {
        DISCLOSED, PARTLY_DISCLOSED, NOT_DISCLOSED, CANNOT_PROVIDE, NOT_PROCESSED, OTHER
    }

    private final Category category;
    private final int item;

    ReplyOutcome(Category category, int item) {
        this.category = category;
        this.item = item;
    }

    public Category category() {
        return category;
    }

    /** The numbered sub-row within the category (1-8), or 0 where the category has none. */
    public int item() {
        return item;
    }

    /** The template's file name under {@code letters/replies/}, e.g. {@code not-held-other-agency}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
