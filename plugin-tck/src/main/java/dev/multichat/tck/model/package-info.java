/**
 * The model-based check's machinery: the jqwik generator of operation scripts, the operations,
 * and the runner that compares a store with the {@code memory:} reference store step by step.
 * <b>Not API:</b> plugin authors run it through
 * {@link dev.multichat.tck.ModelBasedContract} (part of
 * {@link dev.multichat.tck.SessionStoreContract}); the classes here are public only so the
 * contract interface can reach them, and may change without notice. The V2 architecture rules
 * keep jqwik out of every other public TCK class and keep code outside the TCK from depending
 * on this package.
 */
package dev.multichat.tck.model;
