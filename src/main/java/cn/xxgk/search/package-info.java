/**
 * The search engine of the public catalogue (issue #14 item 4): a Lucene index on each node's local disk,
 * fed by a change log that triggers on the catalogue's table write in the catalogue's own transaction, so
 * MariaDB stays the source of truth and the catalogue component knows nothing of search. The search
 * component depends on the catalogue (its boundary lends the published entries), never the other way: the
 * public {@code GET /api/v1/catalogue?q=} is therefore answered by {@code search.api}, at the same path.
 */
package cn.xxgk.search;
