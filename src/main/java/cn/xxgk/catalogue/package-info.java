/**
 * Proactive disclosure (主动公开): government information from the drafting sheet through the chain
 * of confirmation, review, secrecy review and sign-off to the published catalogue entry, with its
 * gap-free index number, publication channels and publication deadline, and its attachments.
 * Who takes each step is one table (entity.StepRoles); a classified item keeps only its metadata.
 * Also the policy interpretation links between published entries and the historical import of an
 * existing catalogue (CSV/XLSX, all or nothing, in the background).
 * Owns the gov_info, gov_info_step, index_serial, publication_channel, gov_info_attachment,
 * sign_off_delegation_setting, gov_info_interpretation and catalogue_import tables, and the
 * attachment store's directory (xxgk.attachments.dir).
 */
package cn.xxgk.catalogue;
