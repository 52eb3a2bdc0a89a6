/**
 * Entities of the portal component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.portal.entity;
