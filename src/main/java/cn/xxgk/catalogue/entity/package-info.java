/**
 * Entities of the catalogue component: JPA-mapped state with its own behaviour; tables come from Flyway migrations.
 * GovInfo is an aggregate of embedded parts (Drafting, Review, Secrecy, SignOff, Publication) that
 * own their rules; StepRoles is the one table of who takes each step of the chain.
 */
package cn.xxgk.catalogue.entity;
