package cn.xxgk.request.entity;

/** How the reply (and the information) reaches the applicant: wanted at intake, recorded at delivery. */
public enum DeliveryMethod {
    POST,
    EMAIL,
    FAX,
    PICK_UP,
    /** Handed over at the office at once (当场答复). */
    ON_THE_SPOT
}
