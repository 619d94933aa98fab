package dev.multichat.tck.support;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.List;

/**
 * The child JVM of {@link ModulePathCheck}: runs on the class path (the unnamed module) with
 * core-api and the plugin on the module path, opens the URI given, appends and reads back, and
 * checks that the core's internals are not reachable. Prints one line starting {@code ok} on
 * success; exits with status 1 and the reason otherwise.
 */
public final class ModulePathMain {
    private ModulePathMain() {
    }

    /**
     * @param args the store URI to open
     * @throws Exception whatever fails, which ends the JVM with a stack trace and status 1
     */
    public static void main(String[] args) throws Exception {
        Module core = SessionStores.class.getModule();
        if (!core.isNamed()) {
            throw new IllegalStateException("core-api was loaded from the class path, not the module path");
        }
        if (core.isExported("dev.multichat.internal")) {
            throw new IllegalStateException("core-api exports dev.multichat.internal");
        }
        try (SessionStore store = SessionStores.open(args[0])) {
            store.create(NewSession.of("module-path", "owner"));
            store.append(NewSession.of("module-path", "owner").id(),
                    List.of(MessageDraft.of(Role.USER, "alice", "hello from the module path")));
            List<ChatMessage> read = store.tail(NewSession.of("module-path", "owner").id(), 5);
            System.out.println("ok " + core.getName() + " " + read.get(0).content() + " via "
                    + store.health().detail());
        }
    }
}
