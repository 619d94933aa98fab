package dev.multichat.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplayDecisionTest {
    private static final SessionId ID = SessionId.of("s1");

    @Test
    @DisplayName("no stored id: write; every draft's id stored: replay")
    void writeOrReplay() {
        assertThat(ReplayDecision.decide(ID, 3, List.of())).isEqualTo(ReplayDecision.WRITE);
        assertThat(ReplayDecision.decide(ID, 2, List.of("a", "b"))).isEqualTo(ReplayDecision.REPLAY);
    }

    @Test
    @DisplayName("some ids stored: refused with the one message naming the session, the stored ids and the fix")
    void mixedIsRefused() {
        assertThatThrownBy(() -> ReplayDecision.decide(ID, 3, List.of("a")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'s1'").hasMessageContaining("[a]")
                .hasMessageContaining("nothing was written").hasMessageContaining("separate call");
        assertThat(ReplayDecision.mixedBatch(ID, List.of("a")).getMessage())
                .isEqualTo(catchMessage(() -> ReplayDecision.decide(ID, 2, List.of("a"))));
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no exception");
    }
}
