/**
 * The public portal: catalogue search, the disclosure guide, online requests and request status. Filled by a later issue.
 */
package cn.xxgk.portal;
