/**
 * Boundary of the letter component: {@link cn.xxgk.letter.boundary.Letters}, which other components
 * call to render a letter, completed with the agency and the configured remedies body.
 */
package cn.xxgk.letter.boundary;
