/**
 * Web layer of the calendar component: the office's calendar screen (CalendarView with its month
 * grid CalendarMonth), the dialog that changes a day (DayEditView) and the import of a year's
 * arrangement (YearImportView). Thin JSF beans, one boundary call per action.
 */
package cn.xxgk.calendar.web;
