/**
 * Proactive disclosure (主动公开): government information from the drafting sheet through the chain
 * of confirmation, review, secrecy review and sign-off to the published catalogue entry, with its
 * gap-free index number, publication channels and publication deadline. Owns the gov_info,
 * gov_info_step, index_serial and publication_channel tables.
 */
package cn.xxgk.catalogue;
