/** The assessment's arithmetic: DepartmentScores adds up a year's facts per department into DepartmentAssessment rows; AssessmentWorkbook writes them as XLSX. */
package cn.xxgk.assessment.control;
