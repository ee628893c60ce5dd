package io.parley.domain.message;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a thread's root shows of its replies: how many, the last one's time, its latest repliers. */
public record ThreadSummary(int replyCount, Instant lastReplyAt, List<UserId> participantIds) {

    public static final int PARTICIPANTS_SHOWN = 5;

    public ThreadSummary {
        Objects.requireNonNull(lastReplyAt);
        participantIds = List.copyOf(participantIds);
        if (replyCount < 1 || participantIds.isEmpty() || participantIds.size() > PARTICIPANTS_SHOWN) {
            throw new IllegalArgumentException("a thread has replies, and names one to five of its repliers");
        }
    }

    /** The summary once {@code replier} has replied at {@code at}: they come first among the repliers shown. */
    public static ThreadSummary after(ThreadSummary before, UserId replier, Instant at) {
        List<UserId> repliers = new ArrayList<>(PARTICIPANTS_SHOWN);
        repliers.add(replier);
        if (before != null) {
            before.participantIds().stream().filter(u -> !u.equals(replier)).limit(PARTICIPANTS_SHOWN - 1).forEach(repliers::add);
        }
        return new ThreadSummary(before == null ? 1 : before.replyCount() + 1, at, repliers);
    }
}
