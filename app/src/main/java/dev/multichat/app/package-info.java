/** The runnable {@code multichat}: {@link dev.multichat.app.Main} starts the command line. */
package dev.multichat.app;
