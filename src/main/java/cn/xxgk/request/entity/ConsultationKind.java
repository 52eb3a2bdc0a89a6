package cn.xxgk.request.entity;

/** Who is consulted: a third party (Art. 32) or another agency that made the information jointly (Arts. 33-34). */
public enum ConsultationKind {
    THIRD_PARTY,
    AGENCY
}
