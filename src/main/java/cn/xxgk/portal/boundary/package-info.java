/**
 * Boundary of the portal component: the session beans other components and the web layer call (transactions, roles, audit).
 */
package cn.xxgk.portal.boundary;
