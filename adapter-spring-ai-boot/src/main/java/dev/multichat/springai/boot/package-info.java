/**
 * Spring Boot auto-configuration of Multichat as Spring AI's chat memory:
 * {@code multichat.store=sqlite:chats.db} is all an application sets.
 */
package dev.multichat.springai.boot;
