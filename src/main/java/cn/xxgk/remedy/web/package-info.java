/** The request page's part on review and suit cases (WEB-INF/includes/remedy/cases.xhtml): its cases, a new case, a decision. */
package cn.xxgk.remedy.web;
