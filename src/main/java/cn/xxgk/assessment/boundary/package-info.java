/**
 * Boundary of the assessment component: Ratings (the applicant's one rating of a reply, authenticated
 * by the request's query code), AssessmentRecords (commendation and accountability records of the
 * office and the discipline role, audited) and Assessments (the year's figures per department and
 * their XLSX export, for the leaders).
 */
package cn.xxgk.assessment.boundary;
