/**
 * Web layer of the review component: thin JSF backing beans and servlet pieces, one boundary call per action.
 */
package cn.xxgk.review.web;
