/**
 * Letters (告知书): the written notices of the request procedure (receipt, correction notice,
 * extension notice, third-party consultation letter, override notice, a reply letter per outcome and
 * the report back to the municipal office), rendered as printable A4 PDF from Chinese templates with
 * an embedded font. Owns no tables: the request component keeps each PDF with its request.
 */
package cn.xxgk.letter;
