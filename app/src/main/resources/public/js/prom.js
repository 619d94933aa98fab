// The Prometheus text format (what /metrics answers) and histogram arithmetic: rates and latency
// percentiles over a time window come from the difference of two scrapes, as Prometheus's own
// rate() and histogram_quantile() compute them.

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function number(text) {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/** Parses exposition text into samples [{name, labels: {…}, value}]; comments and blank lines skipped. */
export function parsePrometheus(text) {
  const samples = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const match = line.startsWith('#') ? null : LINE.exec(line);
    if (!match) continue;
    const labels = {};
    for (const [, key, value] of (match[2] || '').matchAll(LABEL)) {
      labels[key] = value.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
    }
    samples.push({name: match[1], labels, value: number(match[3])});
  }
  return samples;
}

/**
 * The histograms named `base` (its _bucket, _count and _sum samples), grouped by `key(labels)`
 * (labels without `le`) and summed within a group: Map key → {count, sum, buckets: Map le → count}.
 */
export function histograms(samples, base, key) {
  const groups = new Map();
  const group = labels => {
    const name = key(labels);
    if (!groups.has(name)) groups.set(name, {count: 0, sum: 0, buckets: new Map()});
    return groups.get(name);
  };
  for (const s of samples) {
    if (s.name === `${base}_count`) group(s.labels).count += s.value;
    else if (s.name === `${base}_sum`) group(s.labels).sum += s.value;
    else if (s.name === `${base}_bucket`) {
      const buckets = group(s.labels).buckets;
      const le = number(s.labels.le);
      buckets.set(le, (buckets.get(le) || 0) + s.value);
    }
  }
  return groups;
}

/** now − before, per bucket; a histogram that went down (a restart) counts from zero. */
export function difference(now, before) {
  if (!before || before.count > now.count) return now;
  const buckets = new Map();
  for (const [le, count] of now.buckets) buckets.set(le, Math.max(0, count - (before.buckets.get(le) || 0)));
  return {count: now.count - before.count, sum: now.sum - before.sum, buckets};
}

/**
 * The q-quantile (0..1) of a histogram of cumulative buckets, interpolated linearly inside the
 * bucket that holds it (histogram_quantile); NaN when it holds no observation. A quantile in the
 * +Inf bucket answers the largest finite bound.
 */
export function quantile(q, histogram) {
  const bounds = [...histogram.buckets.keys()].sort((a, b) => a - b);
  const total = histogram.buckets.get(Infinity) ?? histogram.count;
  if (!total) return NaN;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const le of bounds) {
    const count = histogram.buckets.get(le);
    if (count >= rank) {
      if (le === Infinity) return lower;
      return lower + (le - lower) * ((rank - below) / Math.max(count - below, 1e-12));
    }
    lower = le;
    below = count;
  }
  return lower;
}

/** Samples named `name` whose labels include all of `match`, as [{labels, value}]. */
export function pick(samples, name, match = {}) {
  return samples.filter(s => s.name === name && Object.entries(match).every(([k, v]) => s.labels[k] === v));
}
