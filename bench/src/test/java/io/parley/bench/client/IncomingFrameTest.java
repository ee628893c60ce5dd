package io.parley.bench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IncomingFrameTest {

    @Test
    void reads_the_content_of_a_delivered_message() {
        IncomingFrame frame = parse("""
                {"type":"receive_message","data":{"id":"m1","conversationId":"c1","roomId":"c1","seq":7,"senderId":"u1",
                "type":"text","content":"t123:xx","attachments":[],"clientMessageId":"k","createdAt":"2026-01-01T00:00:00Z"}}""");

        assertEquals(new IncomingFrame("receive_message", null, "t123:xx", null), frame);
    }

    @Test
    void reads_the_ref_and_the_message_content_of_an_ack() {
        IncomingFrame frame = parse("""
                {"type":"ack","ref":"42","data":{"message":{"id":"m1","type":"text","content":"t9:x","attachments":[{"content":"no"}]}}}""");

        assertEquals(new IncomingFrame("ack", "42", "t9:x", null), frame);
    }

    @Test
    void reads_the_code_of_an_error_whatever_the_field_order() {
        IncomingFrame frame = parse("""
                {"data":{"message":"Slow down","code":"rate_limited","retryAfterMs":900},"ref":"3","type":"error"}""");

        assertEquals(new IncomingFrame("error", "3", null, "rate_limited"), frame);
    }

    @Test
    void ignores_content_and_code_fields_elsewhere() {
        IncomingFrame frame = parse("""
                {"type":"user_status","data":{"user":{"content":"x","code":"y"}},"code":"z","content":"w"}""");

        assertNull(frame.content());
        assertNull(frame.code());
    }

    @Test
    void marks_a_broken_frame() {
        assertEquals("malformed_frame", parse("{\"type\":\"ack\",").code());
        assertNull(parse("[1,2]").type());
    }

    @Test
    void the_byte_scan_of_common_frames_agrees_with_the_parser() {
        for (String json : new String[] {
                "{\"type\":\"receive_message\",\"data\":{\"id\":\"m\",\"seq\":1,\"type\":\"text\",\"content\":\"t5:x\",\"attachments\":[]}}",
                "{\"type\":\"ack\",\"ref\":\"17\",\"data\":{\"message\":{\"id\":\"m\",\"content\":\"t6:x\"}}}"}) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            IncomingFrame scanned = CommonFrames.scan(bytes, 0, bytes.length);

            assertEquals(parse(json.replace("{\"type\"", "{ \"type\"")), scanned, json); // the space defeats the scan
        }
    }

    @Test
    void the_byte_scan_leaves_escaped_or_unusual_frames_to_the_parser() {
        for (String json : new String[] {
                "{\"type\":\"receive_message\",\"data\":{\"content\":\"say \\\"hi\\\"\"}}",
                "{\"type\":\"ack\",\"ref\":\"1\",\"data\":{}}",
                "{\"type\":\"pong\",\"ref\":\"1\"}"}) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

            assertNull(CommonFrames.scan(bytes, 0, bytes.length), json);
        }
        assertEquals("say \"hi\"", parse("{\"type\":\"receive_message\",\"data\":{\"content\":\"say \\\"hi\\\"\"}}").content());
    }

    private static IncomingFrame parse(String json) {
        byte[] bytes = ("  " + json).getBytes(StandardCharsets.UTF_8);
        return IncomingFrame.parse(bytes, 2, bytes.length - 2);
    }
}
