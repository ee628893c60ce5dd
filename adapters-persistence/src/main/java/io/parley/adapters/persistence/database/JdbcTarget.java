package io.parley.adapters.persistence.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the database is: a JDBC URL with its user and password. Parsed from {@code DATABASE_URL},
 * which may be {@code mysql://user:pass@host:3306/db}, {@code mariadb://…} or a {@code jdbc:} URL.
 */
public record JdbcTarget(String url, String user, String password) {

    // Instants are written and read as UTC whatever the server's or the JVM's time zone.
    private static final String SESSION_OPTIONS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    @Override
    public String toString() {
        return "JdbcTarget[" + url + ", user=" + user + "]";
    }

    public static JdbcTarget parse(String databaseUrl) {
        String value = databaseUrl.strip();
        if (value.startsWith("jdbc:mysql:")) {
            // Parley ships the MariaDB driver, which speaks to MySQL too but answers only to its own scheme.
            return new JdbcTarget("jdbc:mariadb:" + value.substring("jdbc:mysql:".length()), null, null);
        }
        if (value.startsWith("jdbc:")) {
            return new JdbcTarget(value, null, null);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw malformed("it is not a URL");
        }
        String scheme = uri.getScheme();
        if (!"mysql".equals(scheme) && !"mariadb".equals(scheme)) {
            throw malformed("the scheme must be mysql://, mariadb:// or jdbc:");
        }
        if (uri.getHost() == null) {
            throw malformed("it names no host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("/")) {
            throw malformed("it must name one database, as in mysql://user:pass@host:3306/parley");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() == -1 ? 3306 : uri.getPort();
        String query = uri.getRawQuery() == null ? SESSION_OPTIONS : uri.getRawQuery() + "&" + SESSION_OPTIONS;
        return new JdbcTarget("jdbc:mariadb://" + uri.getHost() + ":" + port + "/" + path + "?" + query, user, password);
    }

    /** A target on a server we run ourselves. */
    public static JdbcTarget local(int port, String database, String user) {
        return new JdbcTarget("jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?" + SESSION_OPTIONS, user, null);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException malformed(String why) {
        // Never echo the URL back: it may hold a password.
        return new InvalidDatabaseUrlException("DATABASE_URL is malformed: " + why);
    }

    /** A {@code DATABASE_URL} that cannot be used, with a message that names the variable. */
    public static final class InvalidDatabaseUrlException extends IllegalArgumentException {
        InvalidDatabaseUrlException(String message) {
            super(message);
        }
    }
}
