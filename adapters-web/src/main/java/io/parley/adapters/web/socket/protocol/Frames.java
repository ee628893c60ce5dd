package io.parley.adapters.web.socket.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The JSON envelope of SPEC §4: {@code {type, data, ref}} in, {@code {type, ref, data}} out. */
@Singleton
public final class Frames {

    /** The largest frame a client may send (SPEC §4). */
    public static final int MAX_FRAME_BYTES = 64 * 1024;

    @Serdeable
    public record ClientFrame(@Nullable String type, @Nullable Map<String, Object> data, @Nullable String ref) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServerFrame(String type, String ref, Object data) {
    }

    private final JsonMapper json;

    Frames(JsonMapper json) {
        this.json = json;
    }

    /** The frame, or null when the text is not a JSON object of the envelope's shape. */
    public ClientFrame parse(String text) {
        try {
            return json.readValue(text, Argument.of(ClientFrame.class));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** UTF-8 JSON, ready for the wire: an event is encoded once however many sockets receive it. */
    public byte[] event(String type, Object data) {
        return write(new ServerFrame(type, null, data));
    }

    public byte[] reply(String type, String ref, Object data) {
        return write(new ServerFrame(type, ref, data));
    }

    private byte[] write(ServerFrame frame) {
        try {
            return json.writeValueAsBytes(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
