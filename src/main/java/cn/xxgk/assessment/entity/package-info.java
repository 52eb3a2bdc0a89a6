/** The applicant's rating of a reply (once per request) and the commendation / accountability records; both append-only. */
package cn.xxgk.assessment.entity;
