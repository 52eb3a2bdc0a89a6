/**
 * The REST application under /api/v1 (RestApplication), problem+json bodies in Chinese (Problem)
 * and the mapping of every failure to one (ProblemMapper), the checks every input passes before a
 * resource runs (BodyCheck for bodies, ParameterCheck for path and query parameters, both by
 * {@link cn.xxgk.platform.control.InputRules}), and the Content-Disposition of files the
 * components serve. No JSF here: texts come from {@link cn.xxgk.platform.control.MessageBundle}.
 */
package cn.xxgk.platform.api;
