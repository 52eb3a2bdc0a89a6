/**
 * REST API of the request component: /api/v1/requests, the procedure's commands (version-checked,
 * problem+json in Chinese) and the office's read API, identity numbers masked.
 */
package cn.xxgk.request.api;
