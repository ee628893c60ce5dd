package io.parley.bench.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Client frames of SPEC §4: {@code {"type", "data", "ref"}}. */
public final class OutgoingFrames {

    private static final JsonFactory JSON = new JsonFactory();

    private OutgoingFrames() {
    }

    public static String sendMessage(String ref, String conversationId, String content, String clientMessageId) {
        return write(json -> {
            json.writeStringField("type", "send_message");
            json.writeObjectFieldStart("data");
            json.writeStringField("roomId", conversationId);
            json.writeStringField("content", content);
            json.writeStringField("clientMessageId", clientMessageId);
            json.writeEndObject();
            json.writeStringField("ref", ref);
        });
    }

    public static String ping(String ref) {
        return write(json -> {
            json.writeStringField("type", "ping");
            json.writeStringField("ref", ref);
        });
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Fields fields) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
