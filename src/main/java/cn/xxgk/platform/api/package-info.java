/**
 * The REST application under /api/v1 (RestApplication), problem+json bodies in Chinese (Problem)
 * and the mapping of every failure to one (ProblemMapper), and the Content-Disposition of files the
 * components serve. No JSF here: texts come from {@link cn.xxgk.platform.control.MessageBundle}.
 */
package cn.xxgk.platform.api;
