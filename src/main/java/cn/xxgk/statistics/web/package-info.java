/**
 * The statistics screens: the live statistics with charts and XLSX exports, and the annual report's
 * working page (texts beside last year's, figures, the request table compared row by row, approval
 * and publication).
 */
package cn.xxgk.statistics.web;
