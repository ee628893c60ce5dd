package io.parley.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.ChatFixture;
import io.parley.application.conversation.CreateRoomUseCase.CreateRoomCommand;
import io.parley.application.conversation.PreviewInviteQuery.InvitePreview;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InvitePreviewServiceTest {

    private static final String ADDRESS = "198.51.100.7";

    private final ChatFixture chat = new ChatFixture();
    private final User ann = chat.person("Ann");
    private final ConversationSummary staff = chat.rooms.create(new CreateRoomCommand(ann.id(), "Staff", true, "Only us"));
    private final ConversationId staffId = staff.conversation().id();
    private final String code = staff.conversation().inviteCode().value();

    private Refusal refusal(ConversationId room, String guess, String address) {
        return assertThrows(Refusal.class, () -> chat.invitePreviews.preview(room, guess, address));
    }

    @Test
    void the_right_code_shows_the_room() {
        chat.rooms.join(chat.person("Bob").id(), staffId, code);

        InvitePreview preview = chat.invitePreviews.preview(staffId, code.toLowerCase(), ADDRESS);

        assertEquals(new InvitePreview(staffId, "Staff", "Only us", 2), preview);
    }

    @Test
    void a_wrong_code_and_an_unknown_room_are_the_same_not_found() {
        Refusal wrongCode = refusal(staffId, "0000000000000000", ADDRESS);
        Refusal unknownRoom = refusal(new ConversationId("00000000000000000000000000"), code, ADDRESS);
        Refusal noCode = refusal(staffId, null, ADDRESS);

        assertEquals(Refusal.Reason.NOT_FOUND, wrongCode.reason());
        assertEquals(wrongCode.reason(), unknownRoom.reason());
        assertEquals(wrongCode.getMessage(), unknownRoom.getMessage());
        assertEquals(wrongCode.getMessage(), noCode.getMessage());
    }

    @Test
    void a_direct_conversation_is_no_room_to_preview() {
        ConversationId direct = chat.conversations.open(ann.id(), chat.person("Bob").id()).conversation().conversation().id();

        assertEquals(Refusal.Reason.NOT_FOUND, refusal(direct, code, ADDRESS).reason());
    }

    @Test
    void wrong_guesses_are_limited_per_address_even_for_the_right_code_then() {
        int allowed = chat.authSettings.attemptsPerAddress();
        for (int i = 0; i < allowed; i++) {
            refusal(staffId, "WRONG" + i, ADDRESS);
        }

        Refusal limited = refusal(staffId, code, ADDRESS);

        assertEquals(Refusal.Reason.RATE_LIMITED, limited.reason());
        assertTrue(limited.retryAfter().orElseThrow().compareTo(Duration.ZERO) > 0);
        assertEquals("Staff", chat.invitePreviews.preview(staffId, code, "203.0.113.1").name(), "another address is not held up");
        chat.clock.advance(chat.authSettings.addressWindow());
        assertEquals("Staff", chat.invitePreviews.preview(staffId, code, ADDRESS).name(), "the limit passes with its window");
    }
}
