// Monitoring arithmetic over successive /metrics scrapes: per store operation, the rate of calls,
// of failed calls, and latency percentiles (ms) between two scrapes.

import {difference, histograms, quantile} from './prom.js';

export const OPERATIONS_TIMER = 'multichat_store_operations_seconds';

/** A scrape: {t (ms), ops: Map operation → histogram, failures: Map operation → count}. */
export function scrape(t, samples) {
  const ops = histograms(samples, OPERATIONS_TIMER, labels => labels.operation);
  const failed = histograms(samples.filter(s => s.labels.outcome && s.labels.outcome !== 'ok'),
    OPERATIONS_TIMER, labels => labels.operation);
  const failures = new Map([...failed].map(([op, h]) => [op, h.count]));
  return {t, ops, failures};
}

/**
 * Per operation between two scrapes: {rate, failureRate (per s), p50, p95, p99 (ms), calls};
 * an operation with no call in between has rate 0 and NaN percentiles.
 */
export function between(before, now) {
  const seconds = Math.max((now.t - before.t) / 1000, 1e-3);
  const result = new Map();
  for (const [op, histogram] of now.ops) {
    const window = difference(histogram, before.ops.get(op));
    const failures = Math.max(0, (now.failures.get(op) || 0) - (before.failures.get(op) || 0));
    result.set(op, {
      calls: window.count,
      rate: window.count / seconds,
      failureRate: failures / seconds,
      p50: quantile(0.5, window) * 1000,
      p95: quantile(0.95, window) * 1000,
      p99: quantile(0.99, window) * 1000,
    });
  }
  return result;
}

/** The newest scrape at least `ms` older than the last one (or the oldest kept). */
export function windowStart(scrapes, ms) {
  const last = scrapes[scrapes.length - 1];
  for (let i = scrapes.length - 2; i >= 0; i--) {
    if (last.t - scrapes[i].t >= ms) return scrapes[i];
  }
  return scrapes[0];
}
