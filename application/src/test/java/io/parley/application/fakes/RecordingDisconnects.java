package io.parley.application.fakes;

import io.parley.application.account.port.DisconnectSessionPort;
import io.parley.domain.session.Session;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers which sign-ins had their sockets closed. */
public class RecordingDisconnects implements DisconnectSessionPort {

    private final List<Session> disconnected = new CopyOnWriteArrayList<>();

    @Override
    public void disconnect(Session session) {
        disconnected.add(session);
    }

    public List<Session> disconnected() {
        return List.copyOf(disconnected);
    }
}
