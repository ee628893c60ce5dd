package io.parley.adapters.persistence.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Parley's claim on the embedded database's directory: an exclusive lock on a file there, held
 * while its server runs. The operating system releases it when the JVM ends in any way, SIGKILL
 * included, and the server (a child process) does not inherit it. So while the lock is free no
 * Parley is using the directory, and a server still running there was left by one that is gone.
 */
final class DataDirectoryLock implements AutoCloseable {

    private static final String FILE = "parley.lock";

    private final FileChannel channel;

    private DataDirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Takes the lock, or says which process holds it. The file records the holder's pid for that message. */
    static DataDirectoryLock acquire(Path home) throws IOException {
        Path file = home.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("DATA_DIR: " + home + " is in use by another Parley (pid "
                    + Files.readString(file, StandardCharsets.US_ASCII).strip() + "); stop it first or give this one its own DATA_DIR");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
        return new DataDirectoryLock(channel);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel, or with the JVM at the latest; there is no one to tell.
        }
    }
}
