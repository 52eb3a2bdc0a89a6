package cn.xxgk.platform.control;

/**
 * A CDI event: the platform refused a caller something (a role that may not call an API, a page
 * step, an expired or forged form post) before any component's boundary could record it. The
 * platform knows no component, so it fires this event and the audit component, which observes it,
 * records it as refused, for the current caller.
 *
 * @param action     what was refused (ACCESS, FORM_POST)
 * @param objectType where (Api, Page)
 * @param objectId   the path or URI refused
 * @param detail     why, in a few words (never the arguments)
 */
public record Refusal(String action, String objectType, String objectId, String detail) {
}
