/**
 * The office review (审核) of the disclosure attribute, consultation of the municipal open-government office, and the leader sign-off. Filled by a later issue.
 */
package cn.xxgk.review;
