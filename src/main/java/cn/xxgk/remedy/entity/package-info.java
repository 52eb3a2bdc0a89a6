/**
 * The review or suit case (RemedyCase) with its kind and result in the national report's terms, and
 * its append-only documents.
 */
package cn.xxgk.remedy.entity;
