package io.parley.adapters.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcTargetTest {

    @Test
    void a_mysql_url_becomes_a_jdbc_url_with_its_credentials() {
        JdbcTarget target = JdbcTarget.parse("mysql://chat:s%40cret:x@db.internal:3307/parley");

        assertEquals("jdbc:mariadb://db.internal:3307/parley?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", target.url());
        assertEquals("chat", target.user());
        assertEquals("s@cret:x", target.password());
    }

    @Test
    void a_mariadb_url_defaults_the_port_and_keeps_its_options() {
        JdbcTarget target = JdbcTarget.parse("mariadb://chat@localhost/parley?sslMode=DISABLED");

        assertEquals("jdbc:mariadb://localhost:3306/parley?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", target.url());
        assertNull(target.password());
    }

    @Test
    void a_jdbc_url_is_used_as_it_is_by_the_mariadb_driver() {
        assertEquals("jdbc:mariadb://h/db?user=a", JdbcTarget.parse("jdbc:mariadb://h/db?user=a").url());
        assertEquals("jdbc:mariadb://h/db?user=a", JdbcTarget.parse("jdbc:mysql://h/db?user=a").url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://u:p@h/db", "mysql://u:p@h", "mysql://u:p@h/a/b", "not a url at all", "mysql:///db"})
    void a_malformed_url_is_refused_with_a_message_naming_the_variable_and_not_the_password(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JdbcTarget.parse(url));

        assertTrue(e.getMessage().startsWith("DATABASE_URL is malformed"), e.getMessage());
        assertFalse(e.getMessage().contains("u:p"));
    }

    @Test
    void the_password_never_appears_in_the_description() {
        assertFalse(JdbcTarget.parse("mysql://chat:hunter22@h/db").toString().contains("hunter22"));
    }
}
