package io.parley.adapters.web.socket;

import io.parley.adapters.web.conversation.MessageView;
import io.parley.adapters.web.json.JsonValues;
import io.parley.adapters.web.socket.connection.Connection;
import io.parley.adapters.web.socket.connection.Connections;
import io.parley.adapters.web.socket.protocol.Frames;
import io.parley.adapters.web.socket.protocol.Frames.ClientFrame;
import io.parley.application.conversation.JoinRoomUseCase;
import io.parley.application.conversation.MarkReadUseCase;
import io.parley.application.conversation.MarkReadUseCase.MarkReadCommand;
import io.parley.application.messaging.ChangeMessageUseCase;
import io.parley.application.messaging.SendMessageUseCase;
import io.parley.application.messaging.SendMessageUseCase.SendMessageCommand;
import io.parley.application.presence.SendTypingUseCase;
import io.parley.domain.Refusal;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one client frame: every frame with a {@code ref} gets exactly one {@code ack} or
 * {@code error}; a frame that cannot be understood gets an error either way.
 */
@Singleton
final class FrameHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FrameHandler.class);

    private final Frames frames;
    private final Connections connections;
    private final JoinRoomUseCase joinRoom;
    private final SendMessageUseCase sendMessage;
    private final SendTypingUseCase typing;
    private final MarkReadUseCase markRead;
    private final ChangeMessageUseCase changeMessage;

    FrameHandler(Frames frames, Connections connections, JoinRoomUseCase joinRoom, SendMessageUseCase sendMessage,
                 SendTypingUseCase typing, MarkReadUseCase markRead, ChangeMessageUseCase changeMessage) {
        this.frames = frames;
        this.connections = connections;
        this.joinRoom = joinRoom;
        this.sendMessage = sendMessage;
        this.typing = typing;
        this.markRead = markRead;
        this.changeMessage = changeMessage;
    }

    void handle(Connection connection, String text) {
        ClientFrame frame = frames.parse(text);
        if (frame == null || frame.type() == null) {
            refuse(connection, null, Refusal.invalid("type", "A frame is a JSON object with a type"));
            return;
        }
        try {
            Object ack = dispatch(connection, frame);
            connection.behaved();
            if ("ping".equals(frame.type())) {
                connection.send(frames.reply("pong", frame.ref(), null));
            } else if (frame.ref() != null) {
                connection.send(frames.reply("ack", frame.ref(), ack));
            }
        } catch (Refusal refusal) {
            refuse(connection, frame.ref(), refusal);
        } catch (RuntimeException unexpected) {
            LOG.error("A {} frame failed", frame.type(), unexpected);
            connection.send(frames.reply("error", frame.ref(), Map.of("code", "internal_error", "message", "Something went wrong on our side")));
        }
    }

    private Object dispatch(Connection connection, ClientFrame frame) {
        Map<String, Object> data = frame.data() == null ? Map.of() : frame.data();
        return switch (frame.type()) {
            case "ping" -> null;
            case "send_message" -> {
                Message message = sendMessage.send(new SendMessageCommand(connection.user(), conversation(data),
                        text(data, "content"), text(data, "clientMessageId"), attachmentIds(data), text(data, "replyToId"),
                        text(data, "threadId")));
                yield Map.of("message", MessageView.of(message));
            }
            case "edit_message" -> Map.of("message", MessageView.of(changeMessage.edit(connection.user(), messageId(data), text(data, "content"))));
            case "delete_message" -> {
                changeMessage.delete(connection.user(), messageId(data));
                yield Map.of();
            }
            // The message as it now is, as after an edit: a client that showed its reaction at once
            // settles on this state without waiting for the message_updated that follows.
            case "react" -> Map.of("message", MessageView.of(
                    changeMessage.react(connection.user(), messageId(data), text(data, "emoji"), flag(data, "on"))));
            case "join_room" -> {
                ConversationId room = conversation(data);
                joinRoom.join(connection.user(), room, text(data, "inviteCode"));
                connections.subscribe(connection, room);
                yield Map.of("conversationId", room.value());
            }
            case "typing" -> {
                typing.typing(connection.user(), conversation(data), flag(data, "isTyping"));
                yield Map.of();
            }
            case "mark_read" -> {
                Long seq = data.get("seq") instanceof Integer || data.get("seq") instanceof Long ? ((Number) data.get("seq")).longValue() : null;
                markRead.markRead(new MarkReadCommand(connection.user(), conversation(data), seq));
                yield Map.of();
            }
            default -> throw Refusal.invalid("type", "Unknown event type");
        };
    }

    private void refuse(Connection connection, String ref, Refusal refusal) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", refusal.reason().code());
        error.put("message", refusal.getMessage());
        refusal.field().ifPresent(field -> error.put("field", field));
        refusal.retryAfter().ifPresent(wait -> error.put("retryAfterMs", wait.toMillis()));
        connection.send(frames.reply("error", ref, error));
        // An outage is ours, not the client's: retrying through it must not get the connection closed as abusive.
        if (refusal.reason() != Refusal.Reason.UNAVAILABLE) {
            connection.misbehaved();
        }
    }

    /** {@code roomId} and {@code conversationId} are accepted alike. */
    private static ConversationId conversation(Map<String, Object> data) {
        String id = text(data, "conversationId");
        if (id == null) {
            id = text(data, "roomId");
        }
        if (id == null || id.isBlank()) {
            throw Refusal.invalid("conversationId", "conversationId or roomId is required");
        }
        return new ConversationId(id);
    }

    private static String messageId(Map<String, Object> data) {
        String id = text(data, "messageId");
        if (id == null || id.isBlank()) {
            throw Refusal.invalid("messageId", "messageId is required");
        }
        return id;
    }

    private static List<AttachmentId> attachmentIds(Map<String, Object> data) {
        return JsonValues.strings("attachmentIds", data.get("attachmentIds")).stream().map(AttachmentId::new).toList();
    }

    private static boolean flag(Map<String, Object> data, String field) {
        if (data.get(field) instanceof Boolean value) {
            return value;
        }
        throw Refusal.invalid(field, field + " must be true or false");
    }

    private static String text(Map<String, Object> data, String field) {
        Object value = data.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw Refusal.invalid(field, field + " must be a string");
    }
}
