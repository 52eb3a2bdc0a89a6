/**
 * The archive (归档, seed 一(六)2; DA/T 22-2015, the 件 as the unit): each ended request and each
 * published entry sealed once into a package of files (its letters or attachments, its data and whole
 * step and audit history as PDF/A and JSON, a SHA-256 manifest) with an archive number and a
 * retention period by the office's rule. Owns the package rows (append-only), the rule, the 件号
 * serials and the year runs; reads the records through the request, catalogue and audit boundaries.
 */
package cn.xxgk.archive;
