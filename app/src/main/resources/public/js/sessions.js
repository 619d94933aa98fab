// The session list of one owner: most recently active first, a filter, cursor paging ("Load
// more"), live changes from the owner stream, and "New session".

import {authHeaders, call, failure, get, seg} from './api.js';
import {ago, ask, field, h, notice, ttlText} from './dom.js';
import {follow} from './sse.js';

const PAGE = 25;

function ownerPicker(owner, who) {
  const remembered = JSON.parse(localStorage.getItem('multichat.owners') || '[]');
  const choices = who.admin ? remembered : who.owners;
  const input = h('input', {id: 'owner-input', name: 'owner', value: owner, list: 'owner-choices', required: true,
    'aria-label': 'Owner', placeholder: 'owner, e.g. alice'});
  return h('form', {class: 'inline', onsubmit: event => {
    event.preventDefault();
    const next = `#/sessions/${seg(input.value.trim())}`;
    if (location.hash === next) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = next;
  }}, h('label', {for: 'owner-input'}, 'Owner'), input,
  h('datalist', {id: 'owner-choices'}, choices.map(o => h('option', {value: o}))),
  h('button', {}, 'Show'));
}

function remember(owner) {
  const owners = JSON.parse(localStorage.getItem('multichat.owners') || '[]').filter(o => o !== owner);
  localStorage.setItem('multichat.owners', JSON.stringify([owner, ...owners].slice(0, 10)));
}

function row(session) {
  const expires = session.expiresAt ? ` · expires ${ago(session.expiresAt)}` : '';
  return h('li', {'data-id': session.id},
    h('a', {href: `#/session/${seg(session.id)}`},
      h('strong', {}, session.title || session.id),
      session.title ? h('code', {}, session.id) : null,
      h('span', {class: 'muted'}, `${session.lastSeq} messages · active ${ago(session.updatedAt)} · `
        + `v${session.version} · TTL ${ttlText(session.ttl)}${expires}`)));
}

async function create(owner, status) {
  const values = await ask('New session', [
    field('Id', {name: 'id', required: true, maxlength: 128, autofocus: true, placeholder: 'support-42'}),
    field('Title', {name: 'title', placeholder: 'optional'}),
    field('TTL in seconds (empty: none)', {name: 'ttl', type: 'number', min: 1}),
    h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'sliding'}), 'sliding (renewed by activity)'),
  ], 'Create');
  if (!values) return;
  const body = {id: values.id.trim(), owner, title: values.title || null};
  if (values.ttl) body.ttl = {seconds: Number(values.ttl), sliding: Boolean(values.sliding)};
  try {
    await call('POST', '/v1/sessions', {body});
    location.hash = `#/session/${seg(body.id)}`;
  } catch (error) {
    status.replaceChildren(notice('error', `Not created: ${error.message}`));
  }
}

/** Renders the list; resolves with its cleanup. */
export async function renderSessions(main, ownerArg, {who}) {
  const owner = ownerArg || (who.admin ? JSON.parse(localStorage.getItem('multichat.owners') || '[]')[0]
    : who.owners[0]) || '';
  const status = h('div', {class: 'status'});
  const list = h('ul', {class: 'sessions', 'aria-label': 'Sessions'});
  const more = h('button', {type: 'button', hidden: true}, 'Load more');
  const live = h('span', {class: 'live'});
  const filter = h('input', {type: 'search', 'data-filter': true, placeholder: 'Filter by id or title (/)',
    'aria-label': 'Filter sessions'});
  const newButton = h('button', {type: 'button', 'data-new': true, class: 'primary', disabled: !owner,
    onclick: () => create(owner, status)}, 'New session (n)');
  main.append(h('div', {class: 'toolbar'}, h('h1', {}, 'Sessions'), ownerPicker(owner, who), filter, newButton, live),
    status, list, more);
  if (!owner) {
    status.append(notice('empty', 'Type an owner to list their sessions (the API lists sessions per owner).'));
    return () => {};
  }
  const sessions = new Map();
  let cursor = null;

  function draw() {
    const text = filter.value.trim().toLowerCase();
    const shown = [...sessions.values()]
      .filter(s => !text || s.id.toLowerCase().includes(text) || (s.title || '').toLowerCase().includes(text))
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id));
    list.replaceChildren(...shown.map(row));
    more.hidden = !cursor;
    status.replaceChildren(sessions.size === 0 ? notice('empty', `${owner} has no sessions yet. Create one with New session.`)
      : shown.length === 0 ? notice('empty', `No session of ${owner} matches "${filter.value}".`) : '');
  }

  async function page() {
    const query = `owner=${seg(owner)}&limit=${PAGE}${cursor ? `&cursor=${seg(cursor)}` : ''}`;
    const body = await get(`/v1/sessions?${query}`);
    body.sessions.forEach(s => sessions.set(s.id, s));
    cursor = body.nextCursor;
    draw();
  }

  try {
    await page();
    remember(owner);
  } catch (error) {
    status.append(notice('error', error.status === 404 ? `No owner "${owner}" is visible to this token.` : error.message));
    return () => {};
  }
  filter.addEventListener('input', draw);
  more.addEventListener('click', () => page().catch(error => status.replaceChildren(notice('error', error.message))));
  const stream = follow(`/v1/owners/${seg(owner)}/sessions/stream`, {
    headers: authHeaders, failure,
    onState: (state, error) => {
      live.textContent = state === 'live' ? '● live' : state === 'retrying' ? '○ reconnecting…' : '○ not live';
      live.title = error ? error.message : '';
    },
    onEvent: event => {
      const change = JSON.parse(event.data);
      const known = sessions.get(change.id);
      if (change.session === null) sessions.delete(change.id);
      else if (!known || known.version <= change.version) sessions.set(change.id, change.session);
      draw();
    },
  });
  return () => stream.close();
}
