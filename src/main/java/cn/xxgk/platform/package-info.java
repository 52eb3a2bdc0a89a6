/**
 * The platform every component stands on: schema migrations, readiness, the clock, the REST application and its problem responses, the page shell, security headers and error handling.
 */
package cn.xxgk.platform;
