/**
 * Reminders of the legal deadlines: which reminders are due each day (before the due date, on it,
 * and overdue with escalation to the office head and the leader in charge), the mail outbox and its
 * poller (one sender per mail across nodes), and the reminders and the mail preference people see in
 * the application. Owns the reminder, notification_preference and mail_outbox tables; the deadlines
 * themselves are the calendar component's.
 */
package cn.xxgk.notification;
