/**
 * Boundary of the request component: RequestIntake (registration, receipts, idempotent submits;
 * the reply clock starts here, Art. 31), the audited commands of the procedure by phase on one
 * frame (RequestCommands: load, role and handler check, act, flush) — RequestAcceptance
 * (acceptance, handler, split), RequestConsultations (Arts. 32-34), RequestExtensions (Art. 33),
 * RequestProcedure (correction, repeat), RequestReplies (the end of the procedure: reasons asked,
 * reply, delivery, petition, abandonment, report back) — each issuing its step's letter in its
 * transaction; RequestClock (the request's deadlines in the deadline engine), RequestRegistry
 * (reads, lists, the decrypted contact data, the audited full identity number), RequestLetters (the
 * letters kept with a request, and their PDFs), DemoRequests; the schema migration V15 that encrypts
 * kept requests' contact data, with ContactEncryptionCheck, its key check before Flyway starts.
 */
package cn.xxgk.request.boundary;
