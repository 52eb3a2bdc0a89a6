package cn.xxgk.statistics.entity;

/** Where an annual report stands: written by the office, approved by the office head, published (final). */
public enum ReportState {
    DRAFT,
    APPROVED,
    PUBLISHED
}
