package io.parley.adapters.persistence;

import static io.parley.application.fakes.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.account.port.LoadCredentialsPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest
class JdbcUserStoreTest {

    @Inject
    LoadUserPort users;
    @Inject
    SaveUserPort saveUser;
    @Inject
    LoadCredentialsPort credentials;

    // The database outlives a test run, so every test makes names no other run has used.
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private User stored(User user) {
        assertTrue(saveUser.create(user, "$2a$10$hash-of-" + user.id()));
        return user;
    }

    @Test
    void a_stored_user_reads_back_the_same_by_id_and_email() {
        User ann = stored(aUser().named("Ann " + run).withBio("likes\ntea").withEmail("ann-" + run + "@example.test").build());

        assertEquals(ann, users.byId(ann.id()).orElseThrow());
        assertEquals(ann, users.byEmail(new EmailAddress("ANN-" + run + "@example.test")).orElseThrow());
        assertEquals("$2a$10$hash-of-" + ann.id(), credentials.credentialsFor(ann.email()).orElseThrow().passwordHash());
    }

    @Test
    void a_taken_email_is_refused_by_the_database() {
        User ann = stored(aUser().withEmail("taken-" + run + "@example.test").build());

        assertFalse(saveUser.create(aUser().withEmail(ann.email().value()).build(), "hash"));
    }

    @Test
    void names_in_any_script_and_emoji_survive_the_round_trip() {
        String name = "Zoë 李 Ωμέγα 🎉👩‍👩‍👧 " + run;
        User user = stored(aUser().named(name).withBio("'; DROP TABLE users; -- \"quoted\" <b>").build());

        User read = users.byId(user.id()).orElseThrow();
        assertEquals(name, read.name());
        assertEquals("'; DROP TABLE users; -- \"quoted\" <b>", read.bio());
    }

    @Test
    void search_matches_names_prefix_first_and_leaves_out_the_caller() {
        User me = stored(aUser().named("Searcher " + run).build());
        User contains = stored(aUser().named("Jo" + run + "anna").build());
        User prefix = stored(aUser().named(run + "nika").build());

        assertEquals(List.of(prefix, contains), users.byNameContaining(run, me.id(), 10));
        assertEquals(List.of(prefix), users.byNameContaining(run, me.id(), 1));
        assertEquals(List.of(), users.byNameContaining("Searcher " + run, me.id(), 10));
    }

    @Test
    void search_wildcards_in_the_text_match_only_themselves() {
        User me = stored(aUser().named("Me " + run).build());
        User percent = stored(aUser().named("100% " + run).build());

        assertEquals(List.of(percent), users.byNameContaining("100% " + run, me.id(), 10));
        assertEquals(List.of(), users.byNameContaining("_00 " + run, me.id(), 10));
        assertEquals(List.of(), users.byNameContaining("%" + run + "_", me.id(), 10));
    }

    @Test
    void a_profile_update_is_stored() {
        User ann = stored(aUser().named("Ann").build());

        saveUser.updateProfile(ann.withProfile("Annie", "new bio"));

        User read = users.byId(ann.id()).orElseThrow();
        assertEquals("Annie", read.name());
        assertEquals("new bio", read.bio());
        assertEquals(ann.createdAt(), read.createdAt());
    }
}
