/** The archive's rules without a container: archive numbers, retention periods and the rule, the dossier's JSON and PDF sheet, writing a package once and verifying it against its manifest. */
package cn.xxgk.archive.control;
