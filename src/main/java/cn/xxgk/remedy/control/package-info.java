/** What the remedy component checks itself: the type and size of a case's uploaded documents. */
package cn.xxgk.remedy.control;
