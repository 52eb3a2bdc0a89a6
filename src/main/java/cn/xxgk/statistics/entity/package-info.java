/**
 * Entities of the statistics component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.statistics.entity;
