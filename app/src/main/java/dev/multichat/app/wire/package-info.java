/**
 * The JSON shapes the app reads and writes: the REST bodies and the export lines, with one strict
 * Jackson mapper (unknown fields, wrong types and trailing data are errors, never guesses).
 */
package dev.multichat.app.wire;
