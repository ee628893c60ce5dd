package io.parley.adapters.web.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** One {@code Range: bytes=…} of a download (media players seek with them); anything else means the whole file. */
record ByteRange(long start, long end, long total, boolean partial) {

    static ByteRange parse(String header, long total) {
        ByteRange whole = new ByteRange(0, total - 1, total, false);
        if (header == null || !header.startsWith("bytes=") || header.contains(",") || total == 0) {
            return whole;
        }
        String[] parts = header.substring(6).strip().split("-", -1);
        try {
            long start;
            long end;
            if (parts[0].isEmpty()) {
                long suffix = Long.parseLong(parts[1]);
                start = Math.max(0, total - suffix);
                end = total - 1;
            } else {
                start = Long.parseLong(parts[0]);
                end = parts[1].isEmpty() ? total - 1 : Math.min(Long.parseLong(parts[1]), total - 1);
            }
            return start > end || start >= total ? whole : new ByteRange(start, end, total, true);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return whole;
        }
    }

    long length() {
        return end - start + 1;
    }

    String contentRange() {
        return "bytes " + start + "-" + end + "/" + total;
    }

    InputStream slice(InputStream content) {
        if (!partial) {
            return content;
        }
        try {
            content.skipNBytes(start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputStream() {
            private long left = length();

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return content.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = content.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                content.close();
            }
        };
    }
}
