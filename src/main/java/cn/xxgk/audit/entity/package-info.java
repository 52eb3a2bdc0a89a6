/**
 * Entities of the audit component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.audit.entity;
