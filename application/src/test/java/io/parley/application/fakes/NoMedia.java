package io.parley.application.fakes;

import io.parley.application.attachment.port.InspectFilePort;
import io.parley.application.attachment.port.RenderImagePort;
import java.nio.file.Path;
import java.util.Optional;

/** For cores whose tests touch no image: the media pipeline is tested in AttachmentServiceTest and over the whole server. */
public class NoMedia implements InspectFilePort, RenderImagePort {

    @Override
    public String detectType(Path file) {
        throw new UnsupportedOperationException("no media in this test");
    }

    @Override
    public Optional<Dimensions> dimensions(Path file) {
        throw new UnsupportedOperationException("no media in this test");
    }

    @Override
    public Path render(Path image, int maxSide, boolean square, String formatName) {
        throw new UnsupportedOperationException("no media in this test");
    }
}
