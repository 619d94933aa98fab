// One session: its details (owner, version, TTL, metadata), rename / TTL / delete, the message log
// with live new messages, and the send box. Anything that says the session is gone (a 404, the
// stream's SESSION_GONE) turns the page into a "session gone" state.

import {authHeaders, call, failure, seg} from './api.js';
import {ask, field, h, notice, ttlText, when} from './dom.js';
import {messageLog} from './messages.js';
import {sendBox} from './sendbox.js';
import {follow} from './sse.js';

function details(s) {
  const meta = Object.entries(s.metadata || {});
  const rows = [['Id', h('code', {}, s.id)], ['Owner', s.owner], ['Version', String(s.version)],
    ['Messages', String(s.lastSeq)], ['Created', when(s.createdAt)], ['Last activity', when(s.updatedAt)],
    ['TTL', ttlText(s.ttl) + (s.expiresAt ? ` (expires ${when(s.expiresAt)})` : '')],
    ['Metadata', meta.length ? meta.map(([k, v]) => h('span', {class: 'tag'}, `${k}=${v}`)) : 'none']];
  return h('dl', {class: 'details'}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {'data-field': k}, v)]));
}

function gone(main, owner, reason) {
  main.replaceChildren(h('div', {class: 'card narrow'}, h('h1', {}, 'This session is gone'),
    notice('error', reason),
    h('p', {}, h('a', {href: `#/sessions/${owner ? seg(owner) : ''}`}, '← Back to the sessions'))));
}

/** Renders the session page; resolves with its cleanup. */
export async function renderTranscript(main, id) {
  let session;
  try {
    const reply = await call('GET', `/v1/sessions/${seg(id)}`);
    session = {...reply.data, version: reply.version ?? reply.data.version};
  } catch (error) {
    if (error.status !== 404) throw error;
    gone(main, null, `No session "${id}": it was deleted or expired, or this token may not see it.`);
    return () => {};
  }
  const status = h('div', {class: 'status'});
  const header = h('div', {});
  const log = messageLog(id);
  const state = {session, closed: false};
  const live = h('span', {class: 'live'});

  function update(s) {
    state.session = s;
    header.replaceChildren(h('div', {class: 'toolbar'},
      h('a', {href: `#/sessions/${seg(s.owner)}`}, `← ${s.owner}'s sessions`),
      h('h1', {}, s.title || s.id), live,
      h('button', {type: 'button', onclick: rename}, 'Rename'),
      h('button', {type: 'button', onclick: setTtl}, 'Set TTL'),
      h('button', {type: 'button', class: 'danger', onclick: remove}, 'Delete')), details(s));
  }

  async function patch(body) {
    try {
      const reply = await call('PATCH', `/v1/sessions/${seg(id)}`, {body, ifMatch: state.session.version});
      update(reply.data);
      status.replaceChildren(notice('ok', 'Saved.'));
    } catch (error) {
      status.replaceChildren(notice('error', error.status === 412
        ? 'Not saved: someone else changed this session since it was loaded. Reload it and try again.'
        : `Not saved: ${error.message}`));
    }
  }

  async function rename() {
    const values = await ask('Rename session', [field('Title', {name: 'title', value: state.session.title || '',
      autofocus: true})]);
    if (values) await patch({title: values.title});
  }

  async function setTtl() {
    const ttl = state.session.ttl || {};
    const values = await ask('Time to live', [
      field('Seconds (0: no TTL)', {name: 'seconds', type: 'number', min: 0, value: ttl.seconds || 0, autofocus: true}),
      h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'sliding', checked: Boolean(ttl.sliding)}),
        'sliding (renewed by activity)')]);
    if (values) await patch({ttl: {seconds: Number(values.seconds), sliding: Boolean(values.sliding)}});
  }

  async function remove() {
    const s = state.session;
    const values = await ask(`Delete "${s.title || s.id}"?`, [h('p', {},
      `This deletes the session and its ${s.lastSeq} messages for good.`)], 'Delete');
    if (!values) return;
    try {
      await call('DELETE', `/v1/sessions/${seg(id)}`);
      location.hash = `#/sessions/${seg(s.owner)}`;
    } catch (error) {
      status.replaceChildren(notice('error', `Not deleted: ${error.message}`));
    }
  }

  update(session);
  main.append(header, status, log.element, sendBox(id, state, {log, status, update}));
  await log.loadNewest();
  const stream = follow(`/v1/sessions/${seg(id)}/messages/stream?after=${log.lastSeq()}`, {
    headers: authHeaders, failure,
    onEvent: event => {
      log.add([JSON.parse(event.data)]);
      header.querySelector('[data-field="Messages"]').textContent = String(log.lastSeq());
    },
    onState: (s, error) => {
      live.textContent = s === 'live' ? '● live' : s === 'retrying' ? '○ reconnecting…' : '○ not live';
      live.title = error ? error.message : '';
    },
    onEnd: ({reason, error}) => {
      if (reason === 'SESSION_GONE' || (reason === 'NOT_FOUND' && error?.code !== 'no_route')) {
        gone(main, state.session.owner, 'It was deleted or it expired while it was open.');
      }
    },
  });
  return () => {
    stream.close();
    log.close();
    state.closed = true;
  };
}
