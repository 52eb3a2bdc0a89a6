/**
 * Screens of the assessment: the leaders' dashboard (/assessment/index.xhtml, charts and table), the
 * form for commendation and accountability records, and the applicant's rating form included by the
 * public status page (WEB-INF/includes/assessment/rating.xhtml).
 */
package cn.xxgk.assessment.web;
