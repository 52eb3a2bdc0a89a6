/**
 * Control of the statistics component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.statistics.control;
