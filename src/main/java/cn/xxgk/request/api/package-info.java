/**
 * REST API of the request component: /api/v1/requests, the procedure's commands (version-checked,
 * problem+json in Chinese) and the office's read API, identity numbers masked; /api/v1/public/requests, filing
 * online and the status by query code for anybody (PublicRequestResource).
 */
package cn.xxgk.request.api;
