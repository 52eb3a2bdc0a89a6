/**
 * Proactive disclosure (主动公开): government information from the drafting sheet to the published catalogue entry with its index number, publication channels and publication deadline. Filled by a later issue.
 */
package cn.xxgk.catalogue;
