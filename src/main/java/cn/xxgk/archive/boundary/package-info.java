/** The archive's facades: sealing (one record, a year run in the background, the year-end timer), the retention rule, reading, downloading and re-verifying packages. */
package cn.xxgk.archive.boundary;
