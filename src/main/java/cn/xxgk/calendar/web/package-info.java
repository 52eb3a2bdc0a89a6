/**
 * Web layer of the calendar component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.calendar.web;
