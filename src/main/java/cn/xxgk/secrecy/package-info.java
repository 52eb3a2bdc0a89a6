/**
 * The secrecy review (保密审查) before publication, classification metadata and periodic declassification. Filled by a later issue.
 */
package cn.xxgk.secrecy;
