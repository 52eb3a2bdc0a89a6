/**
 * Control of the review component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.review.control;
