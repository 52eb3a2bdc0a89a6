/**
 * Entities of the catalogue component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.catalogue.entity;
