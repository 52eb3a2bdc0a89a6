/**
 * Control of the catalogue component: rules and helpers the boundary uses, testable without a container.
 */
package cn.xxgk.catalogue.control;
