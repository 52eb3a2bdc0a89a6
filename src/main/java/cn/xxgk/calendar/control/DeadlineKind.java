package cn.xxgk.calendar.control;

/**
 * The legal deadlines the system tracks, each with its length in working days and the most an
 * extension may add to it in total. The one place these numbers are set: entities, boundaries,
 * screens (request.web.LegalPeriods), message bundles and letters take them from here as parameters.
 */
public enum DeadlineKind {

    /** Art. 26: proactive information is published within 20 working days of being formed or changed. */
    PUBLICATION(20, 0),
    /** Art. 33: the reply to a request within 20 working days; the office head may extend it by at most 20 in total. */
    REPLY(20, 20),
    /** Art. 30: an unclear request gets its one correction notice within 7 working days of receipt (its own reminder). */
    CORRECTION_NOTICE(7, 0),
    /** Art. 32: a consulted third party has 15 working days to answer, from the day it receives the letter. */
    THIRD_PARTY_ANSWER(15, 0),
    /** Art. 34: a consulted agency has 15 working days from its receipt of the letter; silence counts as consent. */
    INTER_AGENCY_ANSWER(15, 0),
    /*
     * remedy: 行政复议法 (2023) Art. 48: the respondent answers in writing within 10 days of receiving the
     * copy of the application; Art. 88(2): its "十日" are working days, public holidays not counted.
     */
    /** Administrative Reconsideration Law Arts. 48 and 88: the written defence of a review within 10 working days. */
    REVIEW_DEFENCE(10, 0);

    private final int workingDays;
    private final int extensionCap;

    DeadlineKind(int workingDays, int extensionCap) {
        this.workingDays = workingDays;
        this.extensionCap = extensionCap;
    }

    public int workingDays() {
        return workingDays;
    }

    /** The most working days all extensions together may add; 0 where the law allows none. */
    public int extensionCap() {
        return extensionCap;
    }
}
