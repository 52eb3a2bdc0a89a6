/**
 * Control of the request component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.request.control;
