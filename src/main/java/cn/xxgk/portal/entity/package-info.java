/**
 * The portal's own data: the versions of the disclosure guide (政府信息公开指南), each kept for ever
 * (table portal_guide_version, append-only by trigger). Everything else the portal shows belongs to
 * the catalogue, the search, the calendar and the request components and is read through their boundaries.
 */
package cn.xxgk.portal.entity;
