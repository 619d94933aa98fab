package dev.multichat.springai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.content.Media;
import org.springframework.ai.content.MediaContent;

/** Field-by-field equality of Spring AI messages (Media has no equals of its own). */
final class SameMessage {

    private SameMessage() {
    }

    static void assertSame(List<? extends Message> actual, List<? extends Message> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(actual.get(i), expected.get(i));
        }
    }

    static void assertSame(Message actual, Message expected) {
        assertThat(actual.getClass()).isEqualTo(expected.getClass());
        assertThat(actual.getMessageType()).isEqualTo(expected.getMessageType());
        assertThat(actual.getText()).isEqualTo(expected.getText());
        assertThat(actual.getMetadata()).isEqualTo(expected.getMetadata());
        if (expected instanceof AssistantMessage assistant) {
            assertThat(((AssistantMessage) actual).getToolCalls()).isEqualTo(assistant.getToolCalls());
        }
        if (expected instanceof ToolResponseMessage tool) {
            assertThat(((ToolResponseMessage) actual).getResponses()).isEqualTo(tool.getResponses());
        }
        if (expected instanceof MediaContent withMedia) {
            List<Media> got = ((MediaContent) actual).getMedia();
            assertThat(got).hasSameSizeAs(withMedia.getMedia());
            for (int i = 0; i < got.size(); i++) {
                assertSameMedia(got.get(i), withMedia.getMedia().get(i));
            }
        }
    }

    private static void assertSameMedia(Media actual, Media expected) {
        assertThat(actual.getMimeType()).isEqualTo(expected.getMimeType());
        assertThat(actual.getId()).isEqualTo(expected.getId());
        assertThat(actual.getName()).isEqualTo(expected.getName());
        assertThat(actual.getData().getClass()).isEqualTo(expected.getData().getClass());
        if (expected.getData() instanceof byte[] bytes) {
            assertThat(actual.getDataAsByteArray()).containsExactly(bytes);
        } else {
            assertThat(actual.getData().toString()).isEqualTo(expected.getData().toString());
        }
    }
}
