/**
 * Control of the identity component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.identity.control;
