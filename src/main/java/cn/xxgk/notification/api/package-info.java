/**
 * REST resources of the notification component, under /api/v1.
 */
package cn.xxgk.notification.api;
