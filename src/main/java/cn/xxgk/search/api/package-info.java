/**
 * The search engine's REST resources: the public {@code GET /api/v1/catalogue?q=} (answered here rather
 * than in catalogue.api, since search depends on the catalogue and not the other way round; the catalogue's
 * entry and attachment resources live at the deeper path {@code catalogue/{organisationCode}/…}), and the
 * office head's index commands under {@code /api/v1/search-index}.
 */
package cn.xxgk.search.api;
