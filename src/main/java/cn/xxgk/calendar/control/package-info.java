/**
 * Control of the calendar component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.calendar.control;
