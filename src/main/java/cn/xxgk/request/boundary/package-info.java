/**
 * Boundary of the request component: RequestIntake (registration, receipts, idempotent submits),
 * RequestProcedure (the audited commands of the procedure, with role and handler checks and the
 * deadline engine, issuing each step's letter in its transaction), RequestRegistry (reads, lists,
 * the audited full identity number), RequestLetters (the letters kept with a request, and their
 * PDFs), DemoRequests.
 */
package cn.xxgk.request.boundary;
