/**
 * Web layer of the archive component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.archive.web;
