package io.parley.adapters.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem: the body of every error Parley answers. {@code code} is the stable word
 * clients branch on; {@code field} names the input at fault for {@code validation_failed}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String field) {

    public static Problem of(int status, String title, String code, String detail, String field) {
        return new Problem("urn:parley:problem:" + code, title, status, detail, code, field);
    }
}
