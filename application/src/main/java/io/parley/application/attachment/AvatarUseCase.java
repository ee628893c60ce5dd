package io.parley.application.attachment;

import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.io.InputStream;
import java.nio.file.Path;

public interface AvatarUseCase {

    /** Makes the image (any accepted image type) the user's avatar: re-encoded, square, at most the avatar side. */
    User change(UserId user, Path image);

    /** Anyone signed in may see anyone's avatar; {@code not_found} when there is none. */
    Avatar open(UserId owner);

    record Avatar(String contentType, InputStream content, long size) {
    }
}
