/**
 * The portal's commands and reads: the disclosure guide (read by anyone, a new version written by the
 * office head only, audited, with the concurrent edit caught). The portal's pages read the catalogue,
 * the search and the calendar through those components' own boundaries.
 */
package cn.xxgk.portal.boundary;
