/**
 * Control of the letter component: the letter kinds and reply wordings, the data a letter is made
 * of and its checks, the Mustache templates (resources under {@code letters/}), the system font
 * that is embedded, and the renderer (XHTML to PDF through openhtmltopdf and PDFBox). Testable
 * without a container.
 */
package cn.xxgk.letter.control;
