package cn.xxgk.request.entity;

/**
 * The answer of a consulted party. SILENCE is recorded when the 15 working days passed without an
 * answer: for another agency it counts as consent (Art. 34); for a third party the agency decides
 * under Art. 32 as with any answer.
 */
public enum ConsultationAnswer {
    CONSENT,
    REFUSAL,
    SILENCE
}
