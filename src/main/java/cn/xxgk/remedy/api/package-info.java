/** /api/v1/remedy-cases: the office's review and suit cases as JSON, their documents, and the year's tally. */
package cn.xxgk.remedy.api;
