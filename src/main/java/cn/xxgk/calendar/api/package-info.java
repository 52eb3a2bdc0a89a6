/**
 * REST resources of the calendar component, under /api/v1.
 */
package cn.xxgk.calendar.api;
