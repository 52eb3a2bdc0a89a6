/**
 * Web layer of the portal component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.portal.web;
