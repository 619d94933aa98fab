package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever text a caller stores comes back byte for byte. */
public interface PayloadContract extends StoreFixture {

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {
        "emoji \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 flags"
                + " \uD83C\uDDF5\uD83C\uDDF9",
        "RTL \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u202Eoverride\u202C \u200Fmark",
        "combining e\u0301 n\u0303 \u0041\u030A vs \u00C5 \u1E9B\u0323 Zalgo z\u0351\u0352\u0353",
        "controls \u0001\u0002\u0007\b\t\n\u000B\f\r\u001B\u001F\u007F\u0085\u2028\u2029 end",
        "CJK \u4F60\u597D \u3053\u3093\u306B\u3061\u306F \uD55C\uAD6D\uC5B4 \uD840\uDC00 astral",
        "quotes ' \" ` \\ / ; -- DROP TABLE x; <script>&amp;</script> ${x} %s %n {}",
        "  leading and trailing spaces  \r\n\r\n",
        "\uFEFFbyte order mark, zero width \u200B\u200C\u200D, nbsp\u00A0, replacement \uFFFD, max BMP \uFFFF",
        "\uDBFF\uDFFF the last code point U+10FFFF and \uD800\uDC00 the first astral one"
    })
    @DisplayName("Payload: Unicode content (emoji, RTL, combining marks, control characters, astral planes) round-trips"
            + " exactly.")
    default void unicodeContentRoundTrips(String content) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, List.of(Samples.draft(content)));
            String stored = Samples.all(store, id).get(0).content();
            assertThat(stored.getBytes(StandardCharsets.UTF_8)).isEqualTo(content.getBytes(StandardCharsets.UTF_8));
            assertThat(store.tail(id, 1).get(0).content()).isEqualTo(content);
        }
    }

    @Test
    @DisplayName("Payload: Content of exactly 1 MiB of ASCII round-trips byte for byte.")
    default void oneMebibyteAsciiRoundTrips() {
        StringBuilder text = new StringBuilder(1 << 20);
        for (int i = 0; text.length() < 1 << 20; i++) {
            text.append((char) ('!' + i % 94));
        }
        assertRoundTrip(text.toString());
    }

    @Test
    @DisplayName("Payload: Content of exactly 1 MiB of four-byte emoji round-trips byte for byte.")
    default void oneMebibyteOfEmojiRoundTrips() {
        assertRoundTrip("\uD83D\uDE80".repeat((1 << 20) / 4));
    }

    @Test
    @DisplayName("Payload: Content of exactly 1 MiB mixing 1-, 2-, 3- and 4-byte characters round-trips byte for byte.")
    default void oneMebibyteMixedRoundTrips() {
        String unit = "a\u00E9\u20AC\uD83D\uDE00";
        assertRoundTrip(unit.repeat((1 << 20) / 10) + "x".repeat((1 << 20) % 10));
    }

    @Test
    @DisplayName("Payload: Empty content round-trips as an empty string.")
    default void emptyContentRoundTrips() {
        assertRoundTrip("");
    }

    @ParameterizedTest(name = "[{index}]")
    @EnumSource(Role.class)
    @DisplayName("Payload: Every role, author and message id round-trips.")
    default void roleAuthorAndIdRoundTrip(Role role) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            MessageDraft draft = MessageDraft.of(role, "agent-4 \uD83E\uDD16 \u05D0", "x").withId("id-" + role + "~!");
            store.append(id, List.of(draft));
            assertThat(Samples.all(store, id).get(0).draft()).isEqualTo(draft);
        }
    }

    @Test
    @DisplayName("Payload: 64 attributes with unicode keys and values, including long and empty values, round-trip.")
    default void attributesRoundTrip() {
        Map<String, String> attributes = new java.util.HashMap<>();
        for (int i = 0; i < 62; i++) {
            attributes.put("k\u00E9y-" + i + "-\uD83D\uDD11", "v\u0627\u0644\u0642-" + i + "\n\t");
        }
        attributes.put("empty", "");
        attributes.put("long", "\u20AC".repeat(8192));
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, List.of(Samples.draft("x").withAttributes(attributes)));
            ChatMessage stored = Samples.all(store, id).get(0);
            assertThat(stored.draft().attributes()).isEqualTo(attributes);
        }
    }

    @Test
    @DisplayName("Payload: Session title and 64 metadata entries with unicode round-trip through create, find and"
            + " list.")
    default void titleAndMetadataRoundTrip() {
        Map<String, String> metadata = new java.util.HashMap<>();
        for (int i = 0; i < 64; i++) {
            metadata.put("m" + i + "\u00DF", i % 2 == 0 ? "\u4E2D\u6587 \uD83C\uDF0D" : "");
        }
        String title = "\u05E9\u05DC\u05D5\u05DD \uD83D\uDC4B e\u0301 \t\u0001 \"quoted\"";
        try (SessionStore store = openStore(new MutableClock())) {
            store.create(NewSession.of("s1", OWNER).withTitle(title).withMetadata(metadata));
            assertThat(store.find(SessionId.of("s1")).orElseThrow().info().metadata()).isEqualTo(metadata);
            assertThat(store.find(SessionId.of("s1")).orElseThrow().info().title()).isEqualTo(title);
            assertThat(store.list(dev.multichat.api.SessionQuery.first(OWNER, 5)).items().get(0).info().title())
                    .isEqualTo(title);
        }
    }

    @Test
    @DisplayName("Payload: An owner with unicode characters is stored and listed exactly.")
    default void unicodeOwnerRoundTrips() {
        String owner = "\u00FCser@\u00E9xample \uD83D\uDE00 \u05D0";
        try (SessionStore store = openStore(new MutableClock())) {
            store.create(NewSession.of("s1", owner));
            assertThat(store.find(SessionId.of("s1")).orElseThrow().owner()).isEqualTo(owner);
            assertThat(Listing.ids(Listing.walk(store, owner, 5))).isEqualTo(Listing.ids("s1"));
        }
    }

    private void assertRoundTrip(String content) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, List.of(Samples.draft(content)));
            byte[] stored = Samples.all(store, id).get(0).content().getBytes(StandardCharsets.UTF_8);
            assertThat(stored).isEqualTo(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
