/**
 * Disclosure on request (依申请公开): intake, acceptance, correction, consultations, extension, reply and notice letters. Filled by a later issue.
 */
package cn.xxgk.request;
