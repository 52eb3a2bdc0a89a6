/**
 * REST resources of the platform component, under /api/v1.
 */
package cn.xxgk.platform.api;
