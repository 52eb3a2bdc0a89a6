/**
 * Proactive disclosure (主动公开): government information from the drafting sheet through the chain
 * of confirmation, review, secrecy review and sign-off to the published catalogue entry, with its
 * gap-free index number, publication channels and publication deadline, and its attachments.
 * Who takes each step is one table (entity.StepRoles); a classified item keeps only its metadata.
 * Owns the gov_info, gov_info_step, index_serial, publication_channel, gov_info_attachment and
 * sign_off_delegation_setting tables, and the attachment store's directory (xxgk.attachments.dir).
 */
package cn.xxgk.catalogue;
