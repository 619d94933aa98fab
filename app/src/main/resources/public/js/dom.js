// Small DOM helpers. Text is always set as text (never as HTML), so stored content cannot inject markup.

/**
 * Creates an element: h('a', {href: '#/x', class: 'row', onclick: fn}, 'text', child, [more]).
 * Attributes that are null, undefined or false are left out; `on…` attributes add listeners.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child != null && child !== false) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** A status line: {kind: 'error'|'empty'|'info'|'ok', text} as a paragraph with role=status. */
export function notice(kind, text, ...extra) {
  return h('p', {class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status'}, text, ...extra);
}

/** An ISO time as the reader's local date and time, to the second. */
export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'medium'});
}

/** How far an ISO time is from now, in words: "12 s ago", "3 min ago", "in 2 h", "4 d ago". */
export function ago(iso, now = Date.now()) {
  const diff = Math.round((now - new Date(iso).getTime()) / 1000);
  const s = Math.abs(diff);
  const text = s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min`
    : s < 86400 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 86400)} d`;
  return diff >= 0 ? `${text} ago` : `in ${text}`;
}

/** A TTL as text: "none", "1 h sliding", "90 s fixed". */
export function ttlText(ttl) {
  if (!ttl || !ttl.seconds) return 'none';
  const s = ttl.seconds;
  const amount = s % 86400 === 0 ? `${s / 86400} d` : s % 3600 === 0 ? `${s / 3600} h`
    : s % 60 === 0 ? `${s / 60} min` : `${s} s`;
  return `${amount} ${ttl.sliding ? 'sliding' : 'fixed'}`;
}

/** Opens a modal <dialog> built from a form; resolves with the form's values, or null when cancelled. */
export function ask(title, fields, submitLabel = 'Save') {
  return new Promise(resolve => {
    const form = h('form', {method: 'dialog'},
      h('h2', {}, title),
      fields,
      h('menu', {},
        h('button', {type: 'button', value: 'cancel', onclick: () => dialog.close('cancel')}, 'Cancel'),
        h('button', {value: 'ok', class: 'primary'}, submitLabel)));
    const dialog = h('dialog', {class: 'ask', 'aria-label': title}, form);
    dialog.addEventListener('close', () => {
      const values = dialog.returnValue === 'ok' ? Object.fromEntries(new FormData(form)) : null;
      dialog.remove();
      resolve(values);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A labelled input for ask(): field('Title', {name: 'title', value: 'x'}). */
export function field(label, attrs) {
  return h('label', {}, h('span', {}, label), h('input', attrs));
}
