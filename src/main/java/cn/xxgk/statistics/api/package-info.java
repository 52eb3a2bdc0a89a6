/**
 * The annual report over JSON: the public published reports (JSON by row code, PDF/A, XLSX) and the
 * office's commands on a year's report.
 */
package cn.xxgk.statistics.api;
