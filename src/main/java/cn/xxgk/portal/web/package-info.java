/**
 * The public portal's web side (政府信息公开专栏, no login): the pretty addresses under /public/ and
 * their forward to stateless JSF views, the shell of every public page with the large-text mode
 * (适老化) kept in a cookie, the pages' thin views, and the machine-read documents (Atom feed,
 * sitemap, robots.txt) written as plain servlets.
 */
package cn.xxgk.portal.web;
