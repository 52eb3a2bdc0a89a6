/**
 * Entities of the secrecy component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.secrecy.entity;
