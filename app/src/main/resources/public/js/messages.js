// A session's messages: rendered by role and author with attributes collapsible, the newest page
// first, older pages loaded when scrolling back to the top (or with "Load older"), new ones added
// at the bottom, each seq shown once.

import {get, seg} from './api.js';
import {h, notice, when} from './dom.js';

const PAGE = 50;

function attributeValue(value) {
  try {
    const parsed = JSON.parse(value);
    if (parsed && typeof parsed === 'object') return h('pre', {}, JSON.stringify(parsed, null, 2));
  } catch {
    // plain text
  }
  return h('span', {}, value);
}

/** One message as an <li>: role, author, time, seq, content, and its attributes in a <details>. */
export function messageItem(m) {
  const names = Object.keys(m.attributes || {});
  const tool = m.role === 'tool' || names.some(n => n.toLowerCase().includes('tool'));
  return h('li', {class: `msg role-${m.role}`, 'data-seq': m.seq},
    h('header', {},
      h('span', {class: 'role'}, m.role), h('strong', {}, m.author),
      h('time', {datetime: m.at}, when(m.at)), h('span', {class: 'muted'}, `#${m.seq}`),
      m.id ? h('code', {class: 'muted', title: 'message id'}, m.id) : null),
    h('div', {class: 'content'}, m.content),
    names.length ? h('details', {},
      h('summary', {}, tool ? `Tool call · ${names.length} attribute${names.length > 1 ? 's' : ''}`
        : `${names.length} attribute${names.length > 1 ? 's' : ''}`),
      h('dl', {}, names.sort().map(n => [h('dt', {}, n), h('dd', {}, attributeValue(m.attributes[n]))]))) : null);
}

/** The message log of session `id`: {element, loadNewest(), add(messages), lastSeq()}. */
export function messageLog(id) {
  const list = h('ol', {class: 'messages', 'aria-label': 'Messages'});
  const older = h('button', {type: 'button', class: 'older'}, 'Load older messages');
  const top = h('div', {class: 'log-top'}, older);
  const element = h('section', {class: 'log', tabindex: 0, 'aria-live': 'polite'}, top, list);
  let first = null;
  let last = 0;
  let loading = false;
  let emptyNote = null;

  function add(messages, atTop = false) {
    const fresh = messages.filter(m => (atTop ? m.seq < first : m.seq > last));
    if (!fresh.length) return 0;
    emptyNote?.remove();
    const stick = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
    const items = fresh.map(messageItem);
    if (atTop) {
      const height = element.scrollHeight;
      list.prepend(...items);
      element.scrollTop += element.scrollHeight - height;
    } else {
      list.append(...items);
      if (stick) element.scrollTop = element.scrollHeight;
    }
    first = first == null ? fresh[0].seq : Math.min(first, fresh[0].seq);
    last = Math.max(last, fresh[fresh.length - 1].seq);
    return fresh.length;
  }

  function finished(text) {
    older.hidden = true;
    top.append(notice('empty', text));
    observer.disconnect();
  }

  async function loadOlder() {
    if (loading || first == null) return;
    if (first <= 1) return finished('This is the start of the conversation.');
    loading = true;
    const start = Math.max(0, first - 1 - PAGE);
    try {
      const body = await get(`/v1/sessions/${seg(id)}/messages?after=${start}&limit=${first - 1 - start}`);
      if (add(body.messages, true) === 0) finished('Older messages were trimmed; this is the oldest kept.');
      else if (first <= 1) finished('This is the start of the conversation.');
    } finally {
      loading = false;
    }
  }

  const observer = new IntersectionObserver(entries => {
    if (entries.some(e => e.isIntersecting)) loadOlder();
  }, {root: element});

  async function loadNewest() {
    const body = await get(`/v1/sessions/${seg(id)}/messages?limit=${PAGE}`);
    if (!body.messages.length) {
      older.hidden = true;
      emptyNote = notice('empty', 'No messages yet. Write the first one below.');
      top.append(emptyNote);
    } else {
      add(body.messages);
      element.scrollTop = element.scrollHeight;
      observer.observe(top);
    }
    if (last === 0) last = body.lastSeq;
    return body.lastSeq;
  }

  older.addEventListener('click', loadOlder);
  return {element, loadNewest, add, lastSeq: () => last, close: () => observer.disconnect()};
}
