/**
 * The platform's plain pieces, testable without a container: the exceptions a boundary refuses with
 * (InvalidInputException, AccessRefusedException, ConcurrentChangeException,
 * MissingSettingException) and Failures to read them through the container's wrapping, the rules
 * every input obeys (InputRules: text, dates, paging, nesting, quoting), the agency's
 * clock, the message bundle's texts outside JSF (MessageBundle), the Refusal event, gap-free serial
 * rows, the demo data's progress, and the TaskProvider interface of the home page's tasks.
 */
package cn.xxgk.platform.control;
