/**
 * Reminders: the mail outbox and its poller, and the reminders people see in the application. Filled by a later issue.
 */
package cn.xxgk.notification;
