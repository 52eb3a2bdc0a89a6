/**
 * The annual report of a year: the office's texts, the section 二 figures it enters, its state from
 * draft to published, and what it published (never changed after).
 */
package cn.xxgk.statistics.entity;
