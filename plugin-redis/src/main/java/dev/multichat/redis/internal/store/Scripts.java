package dev.multichat.redis.internal.store;

import dev.multichat.redis.internal.link.Script;

/**
 * Every script the store runs, loaded once from the plugin's resources. The append script
 * exists twice, with identical logic: {@link #appendWithIds} (every draft carries a message
 * id) differs only by a leading comment, so its SHA tells Lettuce's replay filter that
 * replaying it after a reconnect is harmless.
 *
 * @param create create (or replace an expired session)
 * @param append append a batch whose drafts may lack ids
 * @param appendWithIds append a batch where every draft has an id
 * @param read tail, after and all reads
 * @param other trim, update, delete, list and unlist, in that order
 */
public record Scripts(Script create, Script append, Script appendWithIds, Script read, Script[] other) {
    /** @return the scripts, read from the jar */
    public static Scripts load() {
        Script append = Script.load("append", true);
        Script withIds = Script.of("append", "-- every draft carries an id: replay-safe\n" + append.text());
        return new Scripts(Script.load("create", true), append, withIds, Script.load("read", false),
                new Script[] {Script.load("trim", true), Script.load("update", true), Script.load("delete", true),
                    Script.load("list", false), Script.load("unlist", false)});
    }

    Script trim() {
        return other[0];
    }

    Script update() {
        return other[1];
    }

    Script delete() {
        return other[2];
    }

    Script list() {
        return other[3];
    }

    Script unlist() {
        return other[4];
    }
}
