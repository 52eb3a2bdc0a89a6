/**
 * The engine behind the search boundary: the folding and n-gram analysis that makes a phrase of
 * character bigrams match exactly the texts LIKE would find, the Lucene index on local disk, the query
 * and snippet builders, and the tailer of the catalogue's change log with its gap tracking.
 */
package cn.xxgk.search.control;
