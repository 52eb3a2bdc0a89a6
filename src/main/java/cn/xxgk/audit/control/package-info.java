/**
 * Control of the audit component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.audit.control;
