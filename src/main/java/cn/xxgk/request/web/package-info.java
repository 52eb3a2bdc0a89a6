/**
 * Web layer of the request component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.request.web;
