package io.parley.application.attachment;

import io.parley.application.attachment.port.InspectFilePort;
import io.parley.application.attachment.port.InspectFilePort.Dimensions;
import io.parley.application.attachment.port.RenderImagePort;
import io.parley.application.attachment.port.StoreBlobPort;
import io.parley.application.attachment.port.StoreBlobPort.Blob;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.IdGenerator;
import io.parley.domain.Refusal;
import io.parley.domain.attachment.FileType;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Profile pictures: always re-encoded as a PNG square, so they carry no metadata and have one shape. */
public final class AvatarService implements AvatarUseCase {

    private final LoadUserPort users;
    private final SaveUserPort saveUser;
    private final StoreBlobPort blobs;
    private final InspectFilePort inspector;
    private final RenderImagePort renderer;
    private final AttachmentLimits limits;
    private final IdGenerator ids;

    public AvatarService(LoadUserPort users, SaveUserPort saveUser, StoreBlobPort blobs, InspectFilePort inspector,
                         RenderImagePort renderer, AttachmentLimits limits, IdGenerator ids) {
        this.users = users;
        this.saveUser = saveUser;
        this.blobs = blobs;
        this.inspector = inspector;
        this.renderer = renderer;
        this.limits = limits;
        this.ids = ids;
    }

    @Override
    public User change(UserId userId, Path image) {
        User user = users.byId(userId).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No such user"));
        FileType type = FileType.accepted(inspector.detectType(image)).filter(FileType::isImage)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.UNSUPPORTED_MEDIA_TYPE, "An avatar must be an image"));
        Dimensions size = inspector.dimensions(image)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.UNSUPPORTED_MEDIA_TYPE, "This " + type.mimeType() + " cannot be read"));
        if ((long) size.width() * size.height() > limits.maxImagePixels()) {
            throw Refusal.of(Refusal.Reason.PAYLOAD_TOO_LARGE, "Images may have at most " + limits.maxImagePixels() + " pixels");
        }
        Path square = renderer.render(image, limits.avatarSide(), true, "png");
        try {
            // A new key for each picture, so caches keyed on the URL never show the old one.
            String key = "avatars/" + userId.value() + "-" + ids.next();
            blobs.put(key, square, FileType.PNG.mimeType());
            saveUser.changeAvatar(userId, key);
            if (user.avatarKey() != null) {
                blobs.delete(user.avatarKey());
            }
            return user.withAvatar(key);
        } finally {
            try {
                Files.deleteIfExists(square);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    @Override
    public Avatar open(UserId owner) {
        String key = users.byId(owner).map(User::avatarKey)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No avatar"));
        Blob blob = blobs.open(key).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No avatar"));
        return new Avatar(FileType.PNG.mimeType(), blob.content(), blob.size());
    }
}
