/**
 * Entities of the calendar component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.calendar.entity;
