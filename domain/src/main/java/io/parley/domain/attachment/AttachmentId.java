package io.parley.domain.attachment;

import io.parley.domain.Ids;
import io.parley.domain.Refusal;

public record AttachmentId(String value) {

    public AttachmentId {
        if (!Ids.wellFormed(value)) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "No such attachment");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
