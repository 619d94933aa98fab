/**
 * The {@code multichat} command line (picocli): serve, migrate, export, import, plugins, stats.
 */
package dev.multichat.app.cli;
