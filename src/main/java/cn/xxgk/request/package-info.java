/**
 * Disclosure on request (依申请公开): intake by the office (and later the portal), the procedure of
 * the Regulations as a state machine on DisclosureRequest (the reply clock from receipt, Art. 31;
 * acceptance, correction, consultations with their letters' receipt, extension, reply in the annual report's categories, delivery,
 * split, repeats, Art. 39), forwarded requests with handover and report back, and the applicants'
 * identity numbers encrypted at rest, and the letters each step issues, kept with the request as
 * PDF. Owns the disclosure_request, request_step, request_consultation, request_report_letter,
 * request_serial, request_letter and request_letter_serial tables; its deadlines live in the
 * calendar component. The letters are rendered by the letter component; their classification
 * (ReplyOutcome, ReplyReason) is this component's.
 */
package cn.xxgk.request;
