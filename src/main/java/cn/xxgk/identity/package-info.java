/**
 * Who uses the system: the agency, its departments, users and their roles; local-account login slowed down by address and account, the password policy and the change of one's own password, and login through the government SSO (OpenID Connect) with its claim mapped to roles.
 */
package cn.xxgk.identity;
