/**
 * Entities of the notification component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.notification.entity;
