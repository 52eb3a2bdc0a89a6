/**
 * Entities of the identity component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.identity.entity;
