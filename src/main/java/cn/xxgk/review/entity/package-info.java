/**
 * Entities of the review component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 */
package cn.xxgk.review.entity;
