package dev.multichat.springai.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code multichat.*} properties. Immutable.
 *
 * @param store the store URI, e.g. {@code sqlite:chats.db} (any scheme on the classpath)
 * @param owner the session owner of every conversation (default {@code spring-ai})
 * @param window how many of the newest messages the memory returns (default 20)
 */
@ConfigurationProperties("multichat")
public record MultichatProperties(String store, @DefaultValue("spring-ai") String owner,
                                  @DefaultValue("20") int window) {
}
