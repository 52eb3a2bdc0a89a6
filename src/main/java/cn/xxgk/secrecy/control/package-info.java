/**
 * Control of the secrecy component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.secrecy.control;
