/** The fast tier behind its circuit breaker, the sessions to invalidate after an outage, and the epoch; not API. */
package dev.multichat.hybrid.internal.tier;
