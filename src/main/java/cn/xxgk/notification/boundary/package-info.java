/**
 * Boundary of the notification component: ReminderPlanner (today's reminders and their mails),
 * Outbox and ReminderPoller (claiming and sending mail, every ten seconds on each node),
 * ReminderInbox (a user's own reminders and mail preference), ReminderOperations (the office head's
 * pass on demand).
 */
package cn.xxgk.notification.boundary;
