/**
 * REST resources of the catalogue component, under /api/v1: the public read-only catalogue and the
 * chain's JSON commands for the office's tools, the interpretation links and the historical import.
 */
package cn.xxgk.catalogue.api;
