/**
 * Boundary of the identity component: the session beans other components and the web layer call (transactions, roles, audit).
 */
package cn.xxgk.identity.boundary;
