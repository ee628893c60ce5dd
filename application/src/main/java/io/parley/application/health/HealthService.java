package io.parley.application.health;

import io.parley.application.common.Reachability;

/** Health from the last known reachability of the database and of file storage. */
public final class HealthService implements HealthQuery {

    private final Reachability database;
    private final Reachability storage;

    public HealthService(Reachability database, Reachability storage) {
        this.database = database;
        this.storage = storage;
    }

    @Override
    public Health check() {
        return new Health(database.reachable(), storage.reachable());
    }
}
