package cn.xxgk.catalogue.entity;

/**
 * Where an import job of a historical catalogue stands. CHECKING and IMPORTING are running; the
 * others are final: CHECKED (a dry run without a refused row), REFUSED (rows refused: nothing
 * saved), DONE (every row imported in one transaction), FAILED (an unexpected fault: nothing saved).
 */
public enum ImportState {
    CHECKING, IMPORTING, CHECKED, REFUSED, DONE, FAILED;

    public boolean isRunning() {
        return this == CHECKING || this == IMPORTING;
    }
}
