/**
 * Control of the portal component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.portal.control;
