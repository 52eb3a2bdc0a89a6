/**
 * Proactive disclosure (主动公开): government information from the drafting sheet through the chain
 * of confirmation, review, secrecy review and sign-off to the published catalogue entry, with its
 * gap-free index number, publication channels and publication deadline, and its attachments.
 * Owns the gov_info, gov_info_step, index_serial, publication_channel and gov_info_attachment
 * tables, and the attachment store's directory (xxgk.attachments.dir).
 */
package cn.xxgk.catalogue;
