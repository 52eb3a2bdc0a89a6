/**
 * Web layer of the workspace: MenuView (the menu entries and the roles that see each; the pages
 * themselves are protected in web.xml and the boundaries) and HomeView (the tasks every
 * TaskProvider returns for the caller, soonest due first), for the page shell and index.xhtml.
 */
package cn.xxgk.workspace.web;
