package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The session id and message id rules are checked by hand-written loops (they run for every
 * row a store reads); here every UTF-16 code unit, first and later in an id, is held against
 * the rule as a regular expression, the way the Javadoc states it.
 */
class IdRulesTest {
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,127}");
    private static final Pattern MESSAGE_ID = Pattern.compile("[\\x21-\\x7E]{1,128}");

    @Test
    @DisplayName("a session id is accepted exactly when the rule's regex matches it, for every character")
    void sessionIdsFollowTheRule() {
        assertThat(disagreements(SESSION_ID, IdRulesTest::validSessionId)).isEmpty();
    }

    @Test
    @DisplayName("a message id is accepted exactly when the rule's regex matches it, for every character")
    void messageIdsFollowTheRule() {
        assertThat(disagreements(MESSAGE_ID, IdRulesTest::validMessageId)).isEmpty();
    }

    /** @return the ids, one character placed first, in the middle and last, where check and rule differ */
    private static List<String> disagreements(Pattern rule, Predicate<String> check) {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            for (String id : List.of(ch, ch + "a", "a" + ch + "b", "ab" + ch, ch.repeat(128), ch.repeat(129))) {
                if (check.test(id) != rule.matcher(id).matches()) {
                    wrong.add("U+" + Integer.toHexString(c) + " in an id of " + id.length());
                }
            }
        }
        return wrong;
    }

    private static boolean validSessionId(String value) {
        try {
            return SessionId.of(value).value().equals(value);
        } catch (InvalidInputException refused) {
            return false;
        }
    }

    private static boolean validMessageId(String value) {
        try {
            return MessageDraft.of(Role.USER, "a", "").withId(value).id().equals(value);
        } catch (InvalidInputException refused) {
            return false;
        }
    }
}
