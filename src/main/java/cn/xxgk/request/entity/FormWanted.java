package cn.xxgk.request.entity;

/** The form in which the applicant wants the information (Art. 29: 纸质、电子、查阅、复制). */
public enum FormWanted {
    PAPER,
    ELECTRONIC,
    INSPECTION,
    COPY
}
