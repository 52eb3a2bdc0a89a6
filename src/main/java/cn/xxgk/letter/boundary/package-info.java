/**
 * Boundary of the letter component: {@link cn.xxgk.letter.boundary.Letters}, which other components
 * call to render a letter, completed with the agency and the configured remedies body. Its parameter
 * types ({@link cn.xxgk.letter.control.LetterKind}, {@link cn.xxgk.letter.control.LetterData},
 * {@link cn.xxgk.letter.control.ReplyWording}) are plain values from the control package.
 */
package cn.xxgk.letter.boundary;
