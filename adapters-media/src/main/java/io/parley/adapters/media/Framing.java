package io.parley.adapters.media;

import java.awt.geom.AffineTransform;

/**
 * What a rendering shows of an image and how big: the whole upright picture or its centred square,
 * scaled to fit {@code maxSide} pixels, never enlarged. Worked out from the header alone, so the
 * decoder can skip the pixels the rendering would only throw away.
 *
 * @param x           where the part shown starts, in pixels of the upright picture, as are y, width and height
 * @param outputWidth the rendering's width, as outputHeight is its height
 */
record Framing(int storedWidth, int storedHeight, Orientation orientation, int x, int y, int width, int height,
               int outputWidth, int outputHeight) {

    static Framing of(int storedWidth, int storedHeight, Orientation orientation, int maxSide, boolean square) {
        // Cropping and scaling work on the picture as it is shown, upright.
        int w = orientation.swapsSides() ? storedHeight : storedWidth;
        int h = orientation.swapsSides() ? storedWidth : storedHeight;
        int x = 0;
        int y = 0;
        if (square) {
            int side = Math.min(w, h);
            x = (w - side) / 2;
            y = (h - side) / 2;
            w = side;
            h = side;
        }
        double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
        return new Framing(storedWidth, storedHeight, orientation, x, y, w, h,
                Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)));
    }

    /**
     * Read one row and one column in this many: the most that still leaves the decoded part at
     * least as big as the output, so drawing it only ever shrinks it, and by less than two.
     */
    int subsampling() {
        return Math.max(1, Math.min(width / outputWidth, height / outputHeight));
    }

    /**
     * Maps a decoding of the image onto the output. It takes the decoding's own size rather than
     * assuming the subsampling was honoured, so a reader that decodes every pixel anyway still
     * draws right.
     */
    AffineTransform placing(int decodedWidth, int decodedHeight) {
        AffineTransform placing = AffineTransform.getScaleInstance((double) outputWidth / width, (double) outputHeight / height);
        placing.translate(-x, -y);
        placing.concatenate(orientation.toUpright(storedWidth, storedHeight));
        placing.scale((double) storedWidth / decodedWidth, (double) storedHeight / decodedHeight);
        return placing;
    }
}
