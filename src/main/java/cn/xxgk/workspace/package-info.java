/**
 * The signed-in user's workspace: the main menu by role and the home page's "my tasks". It is the
 * one place that knows the screens of every component, so it stands above them all (web only: no
 * tables, no boundary); the platform below knows no component, and each component offers its work
 * through the platform's TaskProvider without knowing this one.
 */
package cn.xxgk.workspace;
