/**
 * Turns JMH's JSON results into a Markdown table of medians and the issue targets' ratios,
 * each MET or MISSED with its figures ({@link dev.multichat.bench.report.ReportMain}).
 */
package dev.multichat.bench.report;
