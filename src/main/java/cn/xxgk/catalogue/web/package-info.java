/**
 * Web layer of the catalogue component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.catalogue.web;
