/**
 * Control of the notification component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.notification.control;
