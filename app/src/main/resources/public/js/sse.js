// Server-Sent Events over fetch(): EventSource cannot send an Authorization header, so the stream is
// read as text and parsed here (the WHATWG event-stream format).

/**
 * A parser: push(text) with chunks as they arrive (split anywhere, even inside a line or a CRLF);
 * onEvent({id, event, data}) runs for each complete event. `id` is the last id seen so far (it
 * carries over to later events, as in EventSource); `event` defaults to 'message'; comment lines
 * (":keep-alive") and events without data lines are not dispatched.
 */
export function sseParser(onEvent) {
  let buffer = '';
  let data = [];
  let type = '';
  let lastId = null;

  function line(text) {
    if (text === '') {
      if (data.length) onEvent({id: lastId, event: type || 'message', data: data.join('\n')});
      data = [];
      type = '';
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const name = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (name === 'data') data.push(value);
    else if (name === 'event') type = value;
    else if (name === 'id' && !value.includes('\0')) lastId = value;
  }

  return function push(chunk) {
    buffer += chunk;
    for (let end = buffer.search(/[\r\n]/); end >= 0; end = buffer.search(/[\r\n]/)) {
      if (buffer[end] === '\r' && end === buffer.length - 1) return; // a '\n' may follow in the next chunk
      const width = buffer.startsWith('\r\n', end) ? 2 : 1;
      line(buffer.slice(0, end));
      buffer = buffer.slice(end + width);
    }
  };
}

/**
 * Follows a stream until close(): follow('/v1/…/stream', {headers, onEvent, onEnd, onState}).
 * Reconnects after a dropped connection (1 s, doubling up to 15 s) with Last-Event-ID set to the
 * last id received, so nothing is missed or repeated. An `end` event whose reason is final
 * (SESSION_GONE) or a 404/401 answer stops it and calls onEnd({reason, error}); other ends
 * (store closed, server stopping) reconnect. onState('live'|'retrying'|'stopped', error?).
 */
export function follow(path, {headers = () => ({}), onEvent, onEnd = () => {}, onState = () => {}, failure}) {
  let lastId = null;
  let stopped = false;
  let controller = null;
  let delay = 1000;

  function stop(reason, error) {
    stopped = true;
    onState('stopped', error);
    onEnd({reason, error});
  }

  async function read(response) {
    const parse = sseParser(event => {
      if (event.id != null) lastId = event.id;
      if (event.event !== 'end') return onEvent(event);
      const reason = JSON.parse(event.data).reason;
      if (reason === 'SESSION_GONE') stop(reason);
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const {value, done} = await reader.read();
      if (done || stopped) return;
      parse(value);
    }
  }

  async function connect() {
    controller = new AbortController();
    const extra = lastId == null ? {Accept: 'text/event-stream'} : {Accept: 'text/event-stream', 'Last-Event-ID': lastId};
    try {
      const response = await fetch(path, {headers: headers(extra), signal: controller.signal});
      if (response.status === 404 || response.status === 401) {
        return stop(response.status === 404 ? 'NOT_FOUND' : 'UNAUTHORIZED', await failure(response));
      }
      if (!response.ok) throw await failure(response);
      onState('live');
      delay = 1000;
      await read(response);
      if (!stopped) onState('retrying');
    } catch (error) {
      if (!stopped) onState('retrying', error);
    }
    if (!stopped) {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 15000);
    }
  }

  connect();
  return {
    close() {
      stopped = true;
      controller?.abort();
    },
  };
}
