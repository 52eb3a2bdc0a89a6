package cn.xxgk.platform.boundary;

/**
 * A component's part of the demo data (xxgk.demo.enabled), as its session bean's local view. The
 * identity component loads the demo departments and accounts in the background after deployment,
 * then every part, each in a transaction of its own; a part that fails is logged and left out
 * ({@link cn.xxgk.platform.control.DemoDataProgress}), the others load all the same.
 */
public interface DemoPart {

    /** What the part is called in the log and in GET /health/started ("demo catalogue"). */
    String name();

    /** Loads the part (in a transaction of its own), unless the database has it already. */
    void load();
}
