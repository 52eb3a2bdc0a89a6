/**
 * Web layer of the notification component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.notification.web;
