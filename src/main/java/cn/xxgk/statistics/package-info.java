/**
 * Statistics and the annual report (年度报告) in the national format. Filled by a later issue.
 */
package cn.xxgk.statistics;
