/**
 * Entities of the notification component: Reminder (one reminder to one person about one deadline)
 * and NotificationPreference (mail only for escalations).
 */
package cn.xxgk.notification.entity;
