package io.parley.application.directory;

import static io.parley.application.fakes.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.application.directory.SearchUsersQuery.UserSearch;
import io.parley.application.directory.UpdateProfileUseCase.UpdateProfileCommand;
import io.parley.application.fakes.DirectTransactionRunner;
import io.parley.application.fakes.InMemoryUsers;
import io.parley.domain.Refusal;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserDirectoryServiceTest {

    private final InMemoryUsers users = new InMemoryUsers();
    private final UserDirectoryService directory = new UserDirectoryService(users, users, new DirectTransactionRunner());

    private User stored(User user) {
        users.create(user, "hash");
        return user;
    }

    @Test
    void an_unknown_user_is_not_found() {
        Refusal refusal = assertThrows(Refusal.class, () -> directory.get(new UserId("missing")));

        assertEquals(Refusal.Reason.NOT_FOUND, refusal.reason());
    }

    @Test
    void a_profile_update_changes_only_what_is_given() {
        User ann = stored(aUser().named("Ann").withBio("hi").build());

        User renamed = directory.update(new UpdateProfileCommand(ann.id(), "  Annie  ", null));

        assertEquals("Annie", renamed.name());
        assertEquals("hi", renamed.bio());
        assertEquals(renamed, directory.get(ann.id()));
    }

    @Test
    void a_profile_update_with_an_empty_name_is_refused_and_changes_nothing() {
        User ann = stored(aUser().named("Ann").build());

        Refusal refusal = assertThrows(Refusal.class, () -> directory.update(new UpdateProfileCommand(ann.id(), " ", "bio")));

        assertEquals(Refusal.Reason.VALIDATION_FAILED, refusal.reason());
        assertEquals("name", refusal.field().orElseThrow());
        assertEquals(ann, directory.get(ann.id()));
    }

    @Test
    void search_finds_others_by_name_with_prefix_matches_first() {
        User me = stored(aUser().named("Anna Searcher").build());
        User joanna = stored(aUser().named("Joanna").build());
        User annika = stored(aUser().named("Annika").build());
        stored(aUser().named("Bob").build());

        List<User> found = directory.search(new UserSearch(me.id(), "ann", 0));

        assertEquals(List.of(annika, joanna), found);
    }

    @Test
    void search_by_an_exact_email_finds_that_one_person() {
        User me = stored(aUser().named("Me").build());
        User bob = stored(aUser().named("Bob").withEmail("bob@example.test").build());

        assertEquals(List.of(bob), directory.search(new UserSearch(me.id(), "BOB@example.test", 10)));
        assertEquals(List.of(), directory.search(new UserSearch(bob.id(), "bob@example.test", 10)));
    }

    @Test
    void an_empty_search_finds_nobody_and_limits_are_bounded() {
        assertEquals(List.of(), directory.search(new UserSearch(new UserId("me"), "  ", 10)));
        assertEquals(UserSearch.MAX_LIMIT, new UserSearch(new UserId("me"), "a", 10_000).limit());
        assertEquals(UserSearch.DEFAULT_LIMIT, new UserSearch(new UserId("me"), "a", 0).limit());
    }
}
