/**
 * Web layer of the statistics component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.statistics.web;
