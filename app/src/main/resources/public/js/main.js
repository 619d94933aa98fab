// The page: a hash router (#/sessions/<owner>, #/session/<id>, #/monitor), the token prompt, the
// store-health badge and keyboard shortcuts. Each view renders into <main> and returns a cleanup
// function (closing its live streams and timers) that runs when the view changes.

import {ApiError, get, token} from './api.js';
import {h, notice} from './dom.js';
import {renderSessions} from './sessions.js';
import {renderTranscript} from './transcript.js';
import {renderMonitor} from './monitor.js';

const main = document.getElementById('main');
const context = {who: null};
let cleanup = () => {};
let generation = 0;

function route() {
  const [, view = 'sessions', arg = ''] = location.hash.split('/');
  return {view, arg: decodeURIComponent(arg)};
}

async function whoami() {
  try {
    context.who = await get('/v1/whoami');
    document.getElementById('who').textContent = context.who.admin ? 'admin'
      : `owner${context.who.owners.length > 1 ? 's' : ''}: ${context.who.owners.join(', ')}`;
    return true;
  } catch (error) {
    if (error.status === 401) askToken(error);
    else show(notice('error', error.message));
    return false;
  }
}

/** Replaces the page's content, ending the current view (a view still loading ends when it resolves). */
function show(...nodes) {
  generation++;
  cleanup();
  cleanup = () => {};
  main.replaceChildren(...nodes);
}

function askToken(error) {
  const input = h('input', {name: 'token', type: 'password', autocomplete: 'off', required: true,
    'aria-label': 'Bearer token', placeholder: 'paste your token'});
  const form = h('form', {class: 'card narrow', id: 'token-form', onsubmit: event => {
    event.preventDefault();
    token.set(input.value);
    start();
  }}, h('h1', {}, 'A token is needed'),
  h('p', {}, token.get() ? 'The server did not accept this tab\'s token.' : 'This server needs a bearer token.',
    ' Ask its operator for one (the lines of serve\'s --tokens file). It is kept in this tab only.'),
  error ? notice('error', error.message) : null, input, h('button', {class: 'primary'}, 'Use token'));
  show(form);
  input.focus();
}

async function render() {
  if (!context.who && !(await whoami())) return;
  const {view, arg} = route();
  document.querySelectorAll('[data-nav]').forEach(a => a.toggleAttribute('aria-current', a.dataset.nav === view));
  const root = h('div', {class: 'view'});
  show(root);
  const mine = generation;
  try {
    const done = view === 'session' ? await renderTranscript(root, arg)
      : view === 'monitor' ? await renderMonitor(root) : await renderSessions(root, arg, context);
    if (mine === generation) cleanup = done;
    else done();
  } catch (error) {
    if (mine === generation) {
      show(notice('error', error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`));
    }
  }
}

function start() {
  context.who = null;
  render();
}

async function health() {
  const badge = document.getElementById('health');
  const banner = document.getElementById('banner');
  let status = 'UNREACHABLE';
  let detail = 'the server does not answer';
  try {
    const body = await (await fetch('/health')).json();
    status = body.status;
    detail = body.detail || '';
  } catch {
    // status stays UNREACHABLE
  }
  badge.textContent = `store ${status.toLowerCase()}`;
  badge.className = `health ${status.toLowerCase()}`;
  badge.title = detail;
  banner.replaceChildren(status === 'UP' || status === 'DEGRADED' ? ''
    : notice('error', `The store is ${status === 'DOWN' ? 'down' : 'unreachable'}: ${detail}. `
      + 'Reads and writes fail until it is back; this page keeps checking.'));
}

function keys(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select, dialog')) return;
  const actions = {
    '/': () => document.querySelector('[data-filter]')?.focus(),
    n: () => document.querySelector('[data-new]')?.click(),
    s: () => (location.hash = '#/sessions'),
    m: () => (location.hash = '#/monitor'),
    '?': () => document.getElementById('keys').showModal(),
  };
  if (actions[event.key]) {
    event.preventDefault();
    actions[event.key]();
  }
}

document.getElementById('token-button').addEventListener('click', () => askToken(null));
window.addEventListener('multichat:unauthorized', event => askToken(event.detail));
window.addEventListener('multichat:unavailable', health);
window.addEventListener('hashchange', render);
document.addEventListener('keydown', keys);
health();
setInterval(health, 5000);
start();
