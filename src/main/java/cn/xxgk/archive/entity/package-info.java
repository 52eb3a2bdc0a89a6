/** The archive's tables: sealed packages (append-only), the retention rule and the year runs with their progress. */
package cn.xxgk.archive.entity;
