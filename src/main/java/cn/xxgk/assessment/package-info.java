/**
 * The assessment of the departments (考核, seed 四): per department and year, publication timeliness
 * and completeness (asked of the catalogue), request work on time (asked of the request component),
 * the applicants' satisfaction ratings, and the commendation and accountability records; the
 * leaders' dashboard and its XLSX export. Owns the assessment_rating and assessment_record tables.
 */
package cn.xxgk.assessment;
