/**
 * Web layer of the platform component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.platform.web;
