package io.parley.adapters.web.attachment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.parley.application.attachment.PurgeUnsentAttachmentsUseCase;
import jakarta.inject.Singleton;

/** Now and then, deletes uploads that were never sent (their lifetime is in the attachment limits). */
@Singleton
@Requires(beans = PurgeUnsentAttachmentsUseCase.class)
final class UnsentAttachmentSweeper {

    private final PurgeUnsentAttachmentsUseCase purge;

    UnsentAttachmentSweeper(PurgeUnsentAttachmentsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${parley.attachments.sweep-interval:15m}", initialDelay = "1m")
    void sweep() {
        purge.purge();
    }
}
