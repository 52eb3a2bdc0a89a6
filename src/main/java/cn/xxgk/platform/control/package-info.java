/**
 * Control of the platform component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.platform.control;
