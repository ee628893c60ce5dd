package io.parley.application.attachment;

public interface PurgeUnsentAttachmentsUseCase {

    /** Deletes uploads older than their unsent lifetime that were never sent; answers how many. */
    int purge();
}
