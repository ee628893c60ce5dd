package io.parley.bench.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The little the benchmark needs from a server frame (SPEC §4): its type and ref, the message
 * content of a {@code receive_message} or an {@code ack}, and the code of an {@code error}.
 *
 * <p>Hundreds of thousands of frames a second arrive on a machine whose cores the server needs too,
 * so frames are read as a token stream that stops as soon as type and content are known, rather
 * than bound to objects, and the two that make up nearly all traffic are recognised by
 * {@link CommonFrames} without a parser at all.
 */
public record IncomingFrame(String type, String ref, String content, String code) {

    private static final JsonFactory JSON = new JsonFactory();

    static IncomingFrame parse(byte[] bytes, int offset, int length) {
        IncomingFrame common = CommonFrames.scan(bytes, offset, length);
        return common != null ? common : stream(bytes, offset, length);
    }

    private static IncomingFrame stream(byte[] bytes, int offset, int length) {
        String type = null;
        String ref = null;
        String content = null;
        String code = null;
        try (JsonParser parser = JSON.createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new IncomingFrame(null, null, null, null);
            }
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (!token.isScalarValue()) {
                    continue;
                }
                JsonStreamContext where = parser.getParsingContext();
                String field = where.getCurrentName();
                if (field == null || !where.inObject()) {
                    continue;
                }
                String in = enclosingField(where);
                if (in == null) {
                    switch (field) {
                        case "type" -> type = parser.getValueAsString();
                        case "ref" -> ref = parser.getValueAsString();
                        default -> { }
                    }
                } else if (field.equals("content") && isMessage(where, in)) {
                    content = parser.getValueAsString();
                } else if (field.equals("code") && in.equals("data") && isTopLevel(where.getParent())) {
                    code = parser.getValueAsString();
                }
                if (type != null && content != null) {
                    break; // the rest of a message is of no interest
                }
            }
        } catch (IOException malformed) {
            return new IncomingFrame(type, ref, null, "malformed_frame");
        }
        return new IncomingFrame(type, ref, content, code);
    }

    /** The name of the field holding the object {@code where} is in; null for the frame itself. */
    private static String enclosingField(JsonStreamContext where) {
        JsonStreamContext parent = where.getParent();
        return parent == null || parent.inRoot() ? null : parent.getCurrentName();
    }

    private static boolean isTopLevel(JsonStreamContext object) {
        return object.getParent() != null && object.getParent().inRoot();
    }

    /** {@code data.content} of a receive_message, or {@code data.message.content} of an ack. */
    private static boolean isMessage(JsonStreamContext where, String in) {
        JsonStreamContext parent = where.getParent();
        if (in.equals("data")) {
            return isTopLevel(parent);
        }
        return in.equals("message") && "data".equals(enclosingField(parent)) && isTopLevel(parent.getParent());
    }
}
