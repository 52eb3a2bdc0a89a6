/**
 * Mapped superclasses the components' entities share: the append-only step history of a state
 * machine ({@link cn.xxgk.platform.entity.StepRecord}). No entity of its own, no table.
 */
package cn.xxgk.platform.entity;
