/** The archive's screen 档案归档: packages, the year run with its progress bar, verification, the retention rule. */
package cn.xxgk.archive.web;
