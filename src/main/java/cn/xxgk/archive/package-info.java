/**
 * Archiving (归档) of the documents, materials and images of the disclosure work. Filled by a later issue.
 */
package cn.xxgk.archive;
