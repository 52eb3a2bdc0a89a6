/**
 * Entities of the request component: DisclosureRequest with its procedure as methods, its append-only
 * timeline (TimelineEntry) and consultations, and the enums of the annual report (applicant kinds,
 * outcomes and their reasons).
 */
package cn.xxgk.request.entity;
