/**
 * What every component stands on, knowing none of them: schema migrations and readiness, the
 * agency's clock, the exceptions a boundary refuses with and the texts of the message bundle, the
 * REST application and its problem+json responses, the page shell's security headers, session
 * cookie and failure handling, gap-free serial rows, and the two hooks components plug into (a
 * TaskProvider for the home page's tasks, a DemoPart for the demo data). What it refuses on its own
 * (an API role, an expired form) it announces as a Refusal event; the audit component records it.
 */
package cn.xxgk.platform;
