/**
 * The office head's screen for this node's search index: how many entries it holds, and a rebuild with
 * its progress bar. The public search page is the portal's.
 */
package cn.xxgk.search.web;
