/**
 * Entities of the archive component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.archive.entity;
