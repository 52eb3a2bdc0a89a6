/** REST resources of the archive under /api/v1/archive: packages, sealing on demand, year runs, verification, the retention rule. */
package cn.xxgk.archive.api;
