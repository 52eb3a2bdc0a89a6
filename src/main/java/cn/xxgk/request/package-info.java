/**
 * Disclosure on request (依申请公开): intake by the office and online on the portal (received on the
 * office's confirmation, Art. 31(3); status by query code, throttled), the procedure of
 * the Regulations as a state machine on DisclosureRequest (the reply clock from receipt, Art. 31;
 * acceptance, correction, consultations with their letters' receipt, extension, reply in the annual report's categories, delivery,
 * split, repeats, Art. 39), forwarded requests with handover and report back, and the applicants'
 * identity numbers encrypted at rest, and the letters each step issues, kept with the request as
 * PDF. Owns the disclosure_request, request_step, request_consultation, request_report_letter,
 * request_serial, request_letter, request_letter_serial, public_throttle and public_challenge_spent tables; its deadlines live in the
 * calendar component. The letters are rendered by the letter component; their classification
 * (ReplyOutcome, ReplyReason) is this component's.
 */
package cn.xxgk.request;
