package io.parley.application.directory;

import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.util.List;

public interface SearchUsersQuery {

    /** Other people whose name contains the text (prefix matches first), or whose email is exactly it. */
    List<User> search(UserSearch search);

    record UserSearch(UserId caller, String text, int limit) {

        public static final int DEFAULT_LIMIT = 20;
        public static final int MAX_LIMIT = 50;

        public UserSearch {
            text = text == null ? "" : text.strip();
            limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        }
    }
}
