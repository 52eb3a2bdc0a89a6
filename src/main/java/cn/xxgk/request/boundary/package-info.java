/**
 * Boundary of the request component: RequestIntake (registration, receipts, idempotent submits),
 * RequestProcedure (the audited commands of the procedure up to the reply, with role and handler
 * checks and the deadline engine, issuing each step's letter in its transaction), RequestReplies
 * (the end of the procedure: reasons asked, reply, delivery, petition, abandonment, report back),
 * RequestRegistry (reads, lists,
 * the audited full identity number), RequestLetters (the letters kept with a request, and their
 * PDFs), DemoRequests.
 */
package cn.xxgk.request.boundary;
