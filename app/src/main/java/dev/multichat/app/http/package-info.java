/**
 * The REST API over one {@link dev.multichat.api.SessionStore}: routes, JSON errors, bearer-token
 * scopes, request limits, metrics and the OpenAPI document, on Javalin.
 */
package dev.multichat.app.http;
