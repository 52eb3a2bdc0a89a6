/**
 * The statistics component's facades: the annual report's commands (write, enter figures, approve,
 * publish) with their checks, the public list and files of published reports, and the live
 * statistics of information and requests, asked of the catalogue and request components' aggregates.
 */
package cn.xxgk.statistics.boundary;
