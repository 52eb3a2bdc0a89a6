/**
 * Boundary of the request component: RequestIntake (registration, receipts, idempotent submits),
 * RequestProcedure (the audited commands of the procedure, with role and handler checks and the
 * deadline engine), RequestRegistry (reads, lists, the audited full identity number), DemoRequests.
 */
package cn.xxgk.request.boundary;
