package io.parley.adapters.web.conversation;

import io.parley.domain.Refusal;
import io.parley.domain.message.Message;

/** The positions clients page and catch up by ({@code cursor=}, {@code after=}): sequence numbers as text. */
public final class Cursors {

    private Cursors() {
    }

    public static long number(String field, String value) {
        try {
            return Message.validSeq(field, Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, field + " must be a sequence number");
        }
    }
}
