/**
 * Administrative review (行政复议) and litigation (行政诉讼) cases about replies to requests: the case
 * linked to its request, the body, the dates, the result and the documents, the defence deadline in
 * the calendar's deadline engine, and the year's tally for section 四 of the annual report. Owns the
 * remedy_case and remedy_document tables.
 */
package cn.xxgk.remedy;
