/**
 * /api/v1/assessment: the year's assessment of the departments as JSON and XLSX, and the
 * commendation and accountability records; /api/v1/public/requests/{number}/rating: the applicant's
 * rating of a reply, authenticated by the request's query code.
 */
package cn.xxgk.assessment.api;
