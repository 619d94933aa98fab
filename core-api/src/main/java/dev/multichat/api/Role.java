package dev.multichat.api;

/** Who a message speaks as, in the usual chat-completion sense. */
public enum Role {
    /** Instructions that frame the conversation. */
    SYSTEM,
    /** A person's turn. */
    USER,
    /** A model's or agent's turn. */
    ASSISTANT,
    /** The result of a tool call. */
    TOOL
}
