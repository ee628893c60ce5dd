package io.parley.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.application.account.AuthSettings;
import io.parley.application.attachment.AttachmentLimits;
import io.parley.application.common.ChatLimits;
import io.parley.application.fakes.DirectTransactionRunner;
import io.parley.application.fakes.InMemoryAttachments;
import io.parley.application.fakes.InMemoryConversations;
import io.parley.application.fakes.InMemoryUsers;
import io.parley.application.fakes.ManualDelayedTasks;
import io.parley.application.fakes.RecordingNotifier;
import io.parley.application.fakes.TestClock;
import io.parley.domain.IdGenerator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoreTest {

    @Test
    void a_core_with_a_group_of_ports_missing_names_the_group_instead_of_failing_later() {
        InMemoryUsers users = new InMemoryUsers();
        InMemoryConversations store = new InMemoryConversations(new InMemoryAttachments());
        TestClock clock = new TestClock();
        Core.Builder withoutAccountsOrFiles = Core.builder()
                .people(users, users)
                .conversations(store, store, store, store, new RecordingNotifier())
                .messages(store, store, store, text -> true)
                .runtime(new DirectTransactionRunner(), new ManualDelayedTasks(), clock, new IdGenerator(clock, new Random(1)))
                .settings(AuthSettings.defaults(), ChatLimits.defaults(), AttachmentLimits.defaults());

        IllegalStateException refused = assertThrows(IllegalStateException.class, withoutAccountsOrFiles::build);

        assertEquals("Core.Builder.accounts(…) was not called", refused.getMessage());
    }

    @Test
    void a_port_cannot_be_given_as_null() {
        InMemoryUsers users = new InMemoryUsers();

        NullPointerException refused = assertThrows(NullPointerException.class, () -> Core.builder().people(users, null));

        assertEquals("save", refused.getMessage());
    }
}
