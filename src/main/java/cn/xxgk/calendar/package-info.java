/**
 * Working days (工作日) with holidays and make-up working days, and the legal deadlines counted on
 * them. Owns the yearly holiday arrangements and the deadline rules (when a clock starts, pauses,
 * extensions); requests and catalogue entries keep a clock's inputs and ask this component for
 * the due date, so a newly published year recomputes every open deadline.
 */
package cn.xxgk.calendar;
