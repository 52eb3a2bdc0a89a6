/**
 * Boundary of the statistics component: the session beans other components and the web layer call (transactions, roles, audit).
 */
package cn.xxgk.statistics.boundary;
