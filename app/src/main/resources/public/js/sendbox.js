// The send box: appends one message with If-Match set to the version this page last saw, so a
// message someone else appended in between is a visible conflict (412), never silently passed
// over. The draft is kept on any failure; each message carries a fresh id, so a retry after a
// timeout is not stored twice.

import {call, get, seg} from './api.js';
import {h, notice} from './dom.js';

const ROLES = ['user', 'assistant', 'system', 'tool'];

/** The form; `state.session` is the session as last seen, `update(session)` refreshes the header. */
export function sendBox(id, state, {log, status, update}) {
  const author = h('input', {name: 'author', required: true, 'aria-label': 'Author', placeholder: 'author',
    value: localStorage.getItem('multichat.author') || 'operator'});
  const role = h('select', {name: 'role', 'aria-label': 'Role'}, ROLES.map(r => h('option', {value: r}, r)));
  const content = h('textarea', {name: 'content', required: true, rows: 3, 'aria-label': 'Message',
    placeholder: 'Write a message… (Ctrl+Enter sends)'});
  const button = h('button', {class: 'primary'}, 'Send');
  let pendingId = null;

  async function conflict() {
    const was = state.session.version;
    const reply = await call('GET', `/v1/sessions/${seg(id)}`);
    update({...reply.data, version: reply.version ?? reply.data.version});
    const body = await get(`/v1/sessions/${seg(id)}/messages?after=${log.lastSeq()}&limit=500`);
    log.add(body.messages);
    status.replaceChildren(notice('error', `Conflict: someone else wrote to this session (version ${was} → `
      + `${state.session.version}) since this page loaded it; their messages are shown above. Your draft is `
      + 'kept: send it again to append it after them.'));
  }

  async function send(event) {
    event.preventDefault();
    if (state.closed || !content.value.trim()) return;
    localStorage.setItem('multichat.author', author.value);
    pendingId = pendingId || crypto.randomUUID();
    const message = {id: pendingId, author: author.value.trim(), role: role.value, content: content.value};
    button.disabled = true;
    try {
      const reply = await call('POST', `/v1/sessions/${seg(id)}/messages`,
        {body: {messages: [message]}, ifMatch: state.session.version});
      update({...reply.data.session, version: reply.version ?? reply.data.session.version});
      log.add(reply.data.messages);
      log.element.scrollTop = log.element.scrollHeight;
      content.value = '';
      pendingId = null;
      status.replaceChildren();
    } catch (error) {
      if (error.status === 412) await conflict().catch(e => status.replaceChildren(notice('error', e.message)));
      else status.replaceChildren(notice('error', `Not sent (the draft is kept): ${error.message}`));
    } finally {
      button.disabled = false;
    }
  }

  const form = h('form', {class: 'send', onsubmit: send}, h('div', {class: 'row'}, author, role), content, button);
  content.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  return form;
}
