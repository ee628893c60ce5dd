package io.parley.application.attachment;

import static io.parley.application.fakes.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.attachment.OpenAttachmentQuery.Download;
import io.parley.application.attachment.port.InspectFilePort;
import io.parley.application.attachment.port.RenderImagePort;
import io.parley.application.common.Reachability;
import io.parley.application.conversation.ConversationAccess;
import io.parley.application.fakes.InMemoryAttachments;
import io.parley.application.fakes.InMemoryBlobs;
import io.parley.application.fakes.InMemoryConversations;
import io.parley.application.fakes.TestClock;
import io.parley.domain.IdGenerator;
import io.parley.domain.Refusal;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.FileType;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Membership;
import io.parley.domain.user.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentServiceTest {

    @TempDir
    Path dir;

    /** Says whatever the test decides the bytes are. */
    private String detected = "image/png";
    private Optional<InspectFilePort.Dimensions> dimensions = Optional.of(new InspectFilePort.Dimensions(800, 600));
    private final List<String> renders = new ArrayList<>();
    /** The size of each rendering, scaled to fit as the port promises, for the inspector to measure. */
    private final Map<Path, InspectFilePort.Dimensions> renderedSizes = new HashMap<>();

    private final InspectFilePort inspector = new InspectFilePort() {
        @Override
        public String detectType(Path file) {
            return detected;
        }

        @Override
        public Optional<Dimensions> dimensions(Path file) {
            return Optional.ofNullable(renderedSizes.get(file)).or(() -> dimensions);
        }
    };
    private final RenderImagePort renderer = (image, maxSide, square, format) -> {
        renders.add(maxSide + ":" + format);
        try {
            Path rendering = Files.write(Files.createTempFile(dir, "render", "." + format), ("rendered " + maxSide).getBytes());
            dimensions.ifPresent(d -> {
                double scale = Math.min(1.0, (double) maxSide / Math.max(d.width(), d.height()));
                renderedSizes.put(rendering, new InspectFilePort.Dimensions((int) Math.round(d.width() * scale), (int) Math.round(d.height() * scale)));
            });
            return rendering;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private final TestClock clock = new TestClock();
    private final InMemoryAttachments store = new InMemoryAttachments();
    private final InMemoryBlobs blobs = new InMemoryBlobs(false);
    private final InMemoryConversations conversations = new InMemoryConversations(store);
    private final AttachmentLimits limits = new AttachmentLimits(1000, 1_000_000, 320, 256, Duration.ofHours(24), Duration.ofMinutes(5));
    private final AttachmentService service = new AttachmentService(store, blobs, new Reachability(blobs::reachable, clock), inspector, renderer,
            new ConversationAccess(conversations, conversations), limits, clock, new IdGenerator(clock, new Random(3)));
    private final User ann = aUser().named("Ann").build();
    private final User bob = aUser().named("Bob").build();

    private Path upload(int size) throws IOException {
        return Files.write(Files.createTempFile(dir, "up", ".bin"), new byte[size]);
    }

    @Test
    void an_image_is_re_encoded_and_thumbnailed_after_its_size_is_known() throws Exception {
        Attachment a = service.upload(ann.id(), "../holiday.png", upload(500));

        assertEquals("holiday.png", a.fileName());
        assertEquals(FileType.PNG, a.type());
        assertEquals(800, a.width());
        assertEquals(600, a.height());
        assertEquals(List.of("4096:png", "320:png"), renders);
        assertTrue(blobs.has(a.blobKey()) && blobs.has(a.thumbnailKey()));
        assertEquals("rendered 4096".length(), a.size(), "the size served is the re-encoded one");
    }

    @Test
    void an_image_is_stored_at_most_4096_pixels_on_its_long_side_and_described_as_stored() throws Exception {
        dimensions = Optional.of(new InspectFilePort.Dimensions(8192, 100));

        Attachment a = service.upload(ann.id(), "panorama.png", upload(500));

        assertEquals(List.of("4096:png", "320:png"), renders);
        assertEquals(4096, a.width());
        assertEquals(50, a.height());
    }

    @Test
    void the_type_is_what_the_bytes_say_and_must_be_accepted() throws Exception {
        detected = "text/html";
        Path upload = upload(10);

        assertEquals(Refusal.Reason.UNSUPPORTED_MEDIA_TYPE, assertThrows(Refusal.class, () -> service.upload(ann.id(), "a.png", upload)).reason());
        assertEquals(0, blobs.count());
    }

    @Test
    void too_big_and_empty_files_are_refused() throws Exception {
        Path big = upload(1001);
        Path empty = upload(0);

        assertEquals(Refusal.Reason.PAYLOAD_TOO_LARGE, assertThrows(Refusal.class, () -> service.upload(ann.id(), "a", big)).reason());
        assertEquals(Refusal.Reason.VALIDATION_FAILED, assertThrows(Refusal.class, () -> service.upload(ann.id(), "a", empty)).reason());
    }

    @Test
    void an_image_declaring_too_many_pixels_is_refused_before_anything_decodes_it() throws Exception {
        dimensions = Optional.of(new InspectFilePort.Dimensions(100_000, 100_000));
        Path bomb = upload(100);

        assertEquals(Refusal.Reason.PAYLOAD_TOO_LARGE, assertThrows(Refusal.class, () -> service.upload(ann.id(), "b.png", bomb)).reason());
        assertEquals(List.of(), renders);
    }

    @Test
    void documents_are_stored_as_they_are_with_no_thumbnail() throws Exception {
        detected = "application/pdf";

        Attachment a = service.upload(ann.id(), "report.pdf", upload(300));

        assertNull(a.thumbnailKey());
        assertNull(a.width());
        assertEquals(List.of(), renders);
        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> service.open(ann.id(), a.id(), true)).reason());
    }

    @Test
    void only_the_uploader_sees_an_unsent_file_and_members_see_a_sent_one() throws Exception {
        Attachment a = service.upload(ann.id(), "a.png", upload(10));
        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> service.open(bob.id(), a.id(), false)).reason());

        ConversationId direct = new ConversationId("d1");
        conversations.create(Conversation.direct(direct, ann.id(), bob.id(), clock.instant()),
                List.of(Membership.owner(direct, ann.id(), clock.instant()), Membership.member(direct, bob.id(), clock.instant())));
        store.markSent(List.of(a.id()), direct, "m1");

        Download download = service.open(bob.id(), a.id(), false);
        assertEquals("image/png", download.contentType());
        assertEquals("rendered 4096".length(), download.size());
    }

    @Test
    void a_store_that_signs_urls_sends_clients_there() throws Exception {
        AttachmentService signing = signingService(new InMemoryBlobs(true));
        Attachment a = signing.upload(ann.id(), "a.png", upload(10));

        Download download = signing.open(ann.id(), a.id(), true);

        assertTrue(download.isRedirect());
        assertEquals("https://blobs.example/" + a.thumbnailKey() + "?ttl=300", download.redirect().toString());
    }

    @Test
    void no_link_is_signed_into_a_store_that_cannot_be_reached_until_it_answers_again() throws Exception {
        InMemoryBlobs signingBlobs = new InMemoryBlobs(true);
        AttachmentService signing = signingService(signingBlobs);
        Attachment a = signing.upload(ann.id(), "a.png", upload(10));
        signingBlobs.reachable(false);

        Refusal refused = assertThrows(Refusal.class, () -> signing.open(ann.id(), a.id(), false));
        assertEquals(Refusal.Reason.UNAVAILABLE, refused.reason());
        assertEquals(Optional.of(Reachability.FRESH), refused.retryAfter());

        signingBlobs.reachable(true);
        clock.advance(Reachability.FRESH);
        assertTrue(signing.open(ann.id(), a.id(), false).isRedirect());
    }

    private AttachmentService signingService(InMemoryBlobs signingBlobs) {
        return new AttachmentService(store, signingBlobs, new Reachability(signingBlobs::reachable, clock), inspector, renderer,
                new ConversationAccess(conversations, conversations), limits, clock, new IdGenerator(clock, new Random(4)));
    }

    @Test
    void unsent_uploads_are_purged_after_their_lifetime() throws Exception {
        detected = "application/pdf";
        Attachment old = service.upload(ann.id(), "old.pdf", upload(10));
        clock.advance(Duration.ofHours(23));
        Attachment recent = service.upload(ann.id(), "recent.pdf", upload(10));
        Attachment sent = service.upload(ann.id(), "sent.pdf", upload(10));
        store.save(new Attachment(sent.id(), sent.uploaderId(), sent.fileName(), sent.type(), sent.size(), null, null, sent.blobKey(),
                null, old.createdAt(), new ConversationId("c"), "m"));
        clock.advance(Duration.ofHours(2));

        assertEquals(1, service.purge());

        assertTrue(store.byId(old.id()).isEmpty());
        assertTrue(store.byId(recent.id()).isPresent());
        assertTrue(store.byId(sent.id()).isPresent());
        assertTrue(!blobs.has(old.blobKey()) && blobs.has(recent.blobKey()));
    }
}
