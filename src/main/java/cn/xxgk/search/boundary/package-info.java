/**
 * The one boundary of the search engine ({@link cn.xxgk.search.boundary.Search}): search for anyone;
 * index, delete and rebuild for the office head (audited). Its records are the stable public types the
 * portal builds on.
 */
package cn.xxgk.search.boundary;
