/**
 * Control of the request component, testable without a container: identity number checks (GB 11643,
 * GB 32100) and masking, AES-GCM encryption of the ID number and the contact data (ContactDetails)
 * and the keyed hash with their configured keys, query
 * codes, the "same matter" rule, the clock start by channel, gap-free request numbers; and the
 * letters: what each says (LetterContent), the reply's wording for its classification
 * (ReplyWordings), gap-free letter numbers, and the issuer that keeps each letter with its step.
 */
package cn.xxgk.request.control;
