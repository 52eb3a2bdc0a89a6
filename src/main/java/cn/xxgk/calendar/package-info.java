/**
 * Working days (工作日) with holidays and make-up working days, and the legal deadlines counted on them. Filled by a later issue.
 */
package cn.xxgk.calendar;
