package dev.multichat.postgres.internal.schema;

import dev.multichat.api.PluginException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code schema-v<n>.sql}: statements split at {@code ;}, comments dropped, schema filled in. */
final class SchemaScript {
    private SchemaScript() {
    }

    static List<String> statements(int version, String quotedSchema) {
        String name = "schema-v" + version + ".sql";
        try (InputStream in = SchemaScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new PluginException("schema resource " + name + " is missing from the"
                        + " multichat-plugin-postgres jar; reinstall the plugin");
            }
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : text.toString().split(";")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip().replace("{schema}", quotedSchema));
                }
            }
            return statements;
        } catch (IOException e) {
            throw new PluginException("cannot read schema resource " + name + " from the"
                    + " multichat-plugin-postgres jar; reinstall the plugin", e);
        }
    }
}
