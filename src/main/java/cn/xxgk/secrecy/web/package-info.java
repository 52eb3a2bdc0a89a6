/**
 * Web layer of the secrecy component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.secrecy.web;
