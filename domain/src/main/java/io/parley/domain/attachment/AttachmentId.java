package io.parley.domain.attachment;

import io.parley.domain.Refusal;

public record AttachmentId(String value) {

    public AttachmentId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "No such attachment");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
