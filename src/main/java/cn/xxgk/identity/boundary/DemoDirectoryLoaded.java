package cn.xxgk.identity.boundary;

/**
 * The demo departments and accounts are in the database (loaded now or before): the other
 * components load their demo data on it, in the background thread of {@link DemoDirectory}. An
 * observer takes its part in a transaction of its own and records a failure with
 * {@link cn.xxgk.platform.control.DemoDataProgress#attempt} rather than throwing, so that one part
 * failing leaves the others.
 */
public record DemoDirectoryLoaded() {
}
