/**
 * The portal's rules that need no container: the safelist a public page's rich text is cleaned with
 * (the disclosure guide, and once more any body shown), and the canonical addresses of entries
 * built from the configured public URL.
 */
package cn.xxgk.portal.control;
