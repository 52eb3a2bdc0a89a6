/**
 * Web layer of the audit component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.audit.web;
