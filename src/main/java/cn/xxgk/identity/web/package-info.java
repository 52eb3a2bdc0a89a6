/**
 * Web layer of the identity component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.identity.web;
