package dev.multichat.redis.internal.link;

import dev.multichat.api.PluginException;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.protocol.CommandArgs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One Lua script: its text (the shared prelude {@code common.lua} plus its own file) and the
 * SHA-1 Redis knows it by. Immutable.
 *
 * @param name the script's file name without {@code .lua}
 * @param text the full text sent by {@code EVAL} (after a {@code NOSCRIPT})
 * @param sha the SHA-1 of the text, run by {@code EVALSHA}
 */
public record Script(String name, String text, String sha) {
    private static final String FOLDER = "/dev/multichat/redis/lua/";

    /**
     * @param name a script in this plugin's {@code lua} resources
     * @param prelude whether the shared session functions are prepended
     * @return the script
     */
    public static Script load(String name, boolean prelude) {
        String body = resource(name);
        return of(name, prelude ? resource("common") + body : body);
    }

    /**
     * @param name a label
     * @param text the full text
     * @return the script, with its SHA computed here (Redis computes the same)
     */
    public static Script of(String name, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return new Script(name, text, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new PluginException("this JVM has no SHA-1, which Redis scripts are named by", e);
        }
    }

    /**
     * @param bySha {@code EVALSHA}'s arguments (the SHA) or {@code EVAL}'s (the text)
     * @param keys the keys
     * @param args the values
     * @return the command's arguments: the SHA or text, the key count, the keys, the values
     */
    public CommandArgs<String, String> arguments(boolean bySha, String[] keys, String[] args) {
        return new CommandArgs<>(StringCodec.UTF8).add(bySha ? sha : text).add(keys.length).addKeys(keys)
                .addValues(args);
    }

    private static String resource(String name) {
        try (InputStream in = Script.class.getResourceAsStream(FOLDER + name + ".lua")) {
            if (in == null) {
                throw new PluginException("the redis plugin jar lacks its script " + name + ".lua; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PluginException("cannot read the redis plugin's script " + name + ".lua", e);
        }
    }
}
