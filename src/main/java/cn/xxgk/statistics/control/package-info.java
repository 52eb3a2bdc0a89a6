/**
 * The annual report's rules and formats (国办公开办函〔2021〕30号): the request table with its rows,
 * columns and balance rule, the years a report may exist for, and the JSON, XLSX and XHTML (for the
 * PDF/A) of a report; the live statistics' tables and their XLSX.
 */
package cn.xxgk.statistics.control;
