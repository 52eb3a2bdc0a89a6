/**
 * Entities of the request component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.request.entity;
