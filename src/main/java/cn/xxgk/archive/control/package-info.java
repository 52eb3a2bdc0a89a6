/**
 * Control of the archive component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.archive.control;
