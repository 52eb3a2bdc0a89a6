/**
 * Control of the notification component, testable without a container: the reminder kinds and
 * their thresholds, working days remaining, the reminder and outbox settings, the mails' texts.
 */
package cn.xxgk.notification.control;
