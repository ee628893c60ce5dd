package io.parley.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageStampTest {

    @Test
    void the_send_time_survives_the_round_trip_at_the_asked_length() {
        long now = MessageStamp.now();
        String content = MessageStamp.content(now, 40);

        assertEquals(40, content.length());
        assertEquals(now, MessageStamp.sentAt(content));
    }

    @Test
    void the_longest_time_fits_the_shortest_content() {
        String content = MessageStamp.content(Long.MAX_VALUE, MessageStamp.MIN_LENGTH);

        assertEquals(Long.MAX_VALUE, MessageStamp.sentAt(content));
    }

    @Test
    void content_written_by_someone_else_carries_no_time() {
        assertEquals(-1, MessageStamp.sentAt("hello"));
        assertEquals(-1, MessageStamp.sentAt("t:"));
        assertEquals(-1, MessageStamp.sentAt("t12x:"));
        assertEquals(-1, MessageStamp.sentAt("t123"));
        assertEquals(-1, MessageStamp.sentAt(null));
    }
}
