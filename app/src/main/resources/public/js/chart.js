// A small SVG line chart: one line per series over the last `span` ms, a y axis from 0 to a round
// maximum, and a legend. NaN points (no calls in that interval) leave a gap.

import {h} from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777', '#4b5563'];
const W = 560;
const H = 200;
const PAD = {left: 48, right: 12, top: 12, bottom: 24};

function svg(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text != null) el.textContent = text;
  return el;
}

/** The smallest "round" number (1, 2 or 5 × 10^n) at or above v. */
export function roundUp(v) {
  if (!(v > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map(m => m * power).find(m => m >= v);
}

function paths(points, x, y) {
  const runs = [];
  let run = [];
  for (const [t, v] of points) {
    if (Number.isFinite(v)) run.push(`${x(t).toFixed(1)},${y(v).toFixed(1)}`);
    else if (run.length) runs.push(run), run = [];
  }
  if (run.length) runs.push(run);
  return runs.map(r => (r.length === 1 ? `M${r[0]}h1` : `M${r.join('L')}`)).join(' ');
}

/** A <figure> with the chart: lineChart({title, unit, now, span, series: [{name, points: [[t, v]]}]}). */
export function lineChart({title, unit, now, span, series}) {
  const values = series.flatMap(s => s.points.map(p => p[1])).filter(Number.isFinite);
  const top = roundUp(Math.max(0, ...values));
  const x = t => PAD.left + ((t - (now - span)) / span) * (W - PAD.left - PAD.right);
  const y = v => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const chart = svg('svg', {viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, class: 'chart'});
  for (let i = 0; i <= 4; i++) {
    const v = (top * i) / 4;
    chart.append(svg('line', {x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid'}));
    chart.append(svg('text', {x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end'}, +v.toPrecision(3)));
  }
  chart.append(svg('text', {x: PAD.left, y: H - 6}, `−${Math.round(span / 60000)} min`));
  chart.append(svg('text', {x: W - PAD.right, y: H - 6, 'text-anchor': 'end'}, 'now'));
  series.forEach((s, i) => chart.append(svg('path', {d: paths(s.points, x, y), stroke: COLORS[i % COLORS.length],
    class: 'line', 'data-series': s.name})));
  const legend = h('ul', {class: 'legend'}, series.map((s, i) =>
    h('li', {style: `--c:${COLORS[i % COLORS.length]}`}, s.name)));
  return h('figure', {class: 'card'}, h('figcaption', {}, `${title} (${unit})`), chart,
    series.length ? legend : h('p', {class: 'muted'}, 'No calls yet.'));
}
