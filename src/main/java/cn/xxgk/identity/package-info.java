/**
 * Who uses the system: the agency, its departments, users and their roles; local-account login with lockout, and login through the government SSO (OpenID Connect) with its claim mapped to roles.
 */
package cn.xxgk.identity;
