/**
 * What the Spring AI and LangChain4j adapters share; internal to them, not an API.
 *
 * <p>{@link dev.multichat.adapter.internal.AppendOnlyMemory} is the engine: it reads a bounded window
 * of a conversation and appends only the messages it has not seen, matched by the identity of the
 * framework's message objects, through the store's idempotent append. Every class here is safe for
 * concurrent use unless its Javadoc says otherwise.
 */
package dev.multichat.adapter.internal;
