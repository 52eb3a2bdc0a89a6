/**
 * Boundary of the remedy component: RemedyCases (the office's audited commands: open a case for a
 * request, decide it, enter the review's defence deadline, add a document) and RemedyRegistry (the
 * cases of a request, one document, and RemedyTally, the year's count for the annual report's 四).
 */
package cn.xxgk.remedy.boundary;
