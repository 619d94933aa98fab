// Monitoring: /metrics scraped every 2 s and kept for 5 minutes; per store operation the call
// rate, failures and latency percentiles as charts and a table, store health, the server's own
// gauges, and every other multichat_* reading a store exports (e.g. the hybrid store's hit ratio,
// fallbacks and circuit state). /metrics is admin-only: an owner token sees health only.

import {authHeaders} from './api.js';
import {h, notice} from './dom.js';
import {lineChart} from './chart.js';
import {parsePrometheus, pick} from './prom.js';
import {OPERATIONS_TIMER, between, scrape, windowStart} from './stats.js';

const EVERY = 2000;
const KEEP = 5 * 60 * 1000;
const KNOWN = new Set(['multichat_store_up', 'multichat_http_in_flight', 'multichat_live_streams']);

const ms = v => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms` : '–');
const perSecond = v => `${v < 10 ? v.toFixed(2) : v.toFixed(0)}/s`;

function table(caption, head, rows) {
  return h('table', {class: 'card'}, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, head.map(c => h('th', {scope: 'col'}, c)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map((c, i) => (i ? h('td', {}, c) : h('th', {scope: 'row'}, c)))))));
}

function operations(scrapes) {
  const last = scrapes[scrapes.length - 1];
  const window = between(windowStart(scrapes, 60000), last);
  const names = [...last.ops.keys()].sort();
  const pairs = scrapes.slice(1).map((s, i) => [s.t, between(scrapes[i], s)]);
  const series = key => names.map(op => ({name: op, points: pairs.map(([t, stats]) => [t, stats.get(op)?.[key]])}));
  const span = Math.min(KEEP, Math.max(60000, last.t - scrapes[0].t));
  const chart = (title, unit, key) => lineChart({title, unit, now: last.t, span, series: series(key)});
  return [h('div', {class: 'charts'}, chart('Store calls per second', 'calls/s', 'rate'),
    chart('p50 latency', 'ms', 'p50'), chart('p99 latency', 'ms', 'p99')),
  names.length ? table('Store operations, last minute', ['operation', 'calls', 'rate', 'failures', 'p50', 'p95', 'p99'],
    names.map(op => {
      const s = window.get(op);
      return [op, String(s.calls), perSecond(s.rate), perSecond(s.failureRate), ms(s.p50), ms(s.p95), ms(s.p99)];
    })) : notice('empty', 'No store operation yet: use the store and the charts fill in.')];
}

function label(labels) {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ');
}

function server(samples) {
  const rows = [
    ['store up', String(pick(samples, 'multichat_store_up')[0]?.value ?? 'not reported')],
    ['HTTP requests in flight', String(pick(samples, 'multichat_http_in_flight')[0]?.value ?? '–')],
    ...pick(samples, 'multichat_live_streams').map(s => [`live streams (${label(s.labels)})`, String(s.value)])];
  const readings = samples.filter(s => s.name.startsWith('multichat_') && !KNOWN.has(s.name)
    && !s.name.startsWith(OPERATIONS_TIMER));
  return [table('Server', ['reading', 'value'], rows),
    readings.length ? table('Store readings', ['reading', 'labels', 'value'],
      readings.map(s => [s.name.replace(/^multichat_/, ''), label(s.labels), String(+s.value.toPrecision(6))]))
      : notice('empty', 'This store exports no further readings (a hybrid: store shows its hit ratio, '
        + 'fallbacks and circuit state here).')];
}

async function health() {
  try {
    const response = await fetch('/health');
    const body = await response.json();
    const details = Object.entries(body.details || {});
    return h('section', {class: `card health-card ${body.status.toLowerCase()}`}, h('h2', {}, `Store ${body.status}`),
      h('p', {}, body.detail || ''),
      details.length ? h('dl', {class: 'details'}, details.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])) : null);
  } catch (error) {
    return notice('error', `The server does not answer /health: ${error.message}`);
  }
}

/** Renders the monitoring page; resolves with its cleanup (stops polling). */
export async function renderMonitor(main) {
  const healthBox = h('div', {});
  const body = h('div', {}, notice('info', 'Reading /metrics…'));
  const scrapes = [];
  main.append(h('div', {class: 'toolbar'}, h('h1', {}, 'Monitoring'),
    h('span', {class: 'muted'}, 'updated every 2 s; charts keep the last 5 minutes')), healthBox, body);

  async function poll() {
    healthBox.replaceChildren(await health());
    const response = await fetch('/metrics', {headers: authHeaders()}).catch(() => null);
    if (!response || !response.ok) {
      body.replaceChildren(notice(response?.status === 401 ? 'empty' : 'error', response?.status === 401
        ? 'Metrics need an admin token: this token only sees its owners\' sessions.'
        : 'The server does not answer /metrics.'));
      return;
    }
    const samples = parsePrometheus(await response.text());
    const now = Date.now();
    scrapes.push(scrape(now, samples));
    while (scrapes.length > 2 && now - scrapes[0].t > KEEP) scrapes.shift();
    body.replaceChildren(...operations(scrapes), ...server(samples));
  }

  await poll();
  const timer = setInterval(poll, EVERY);
  return () => clearInterval(timer);
}
