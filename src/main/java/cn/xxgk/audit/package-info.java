/**
 * The append-only audit record: who did what to which object, when, with which result, from where. Owns the audited-command interceptor and the recording of refusals.
 */
package cn.xxgk.audit;
