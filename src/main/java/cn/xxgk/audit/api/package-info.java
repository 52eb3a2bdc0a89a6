/**
 * REST resources of the audit component, under /api/v1: the audit chain's verification.
 */
package cn.xxgk.audit.api;
