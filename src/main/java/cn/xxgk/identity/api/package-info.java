/**
 * REST resources of the identity component, under /api/v1.
 */
package cn.xxgk.identity.api;
