package io.parley.adapters.persistence.user;

import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
interface UserRowMapper {

    User toUser(UserRow row);

    UserRow toRow(User user, String passwordHash);

    default UserId userId(String value) {
        return new UserId(value);
    }

    default String userIdValue(UserId id) {
        return id.value();
    }

    default EmailAddress email(String value) {
        return new EmailAddress(value);
    }

    default String emailValue(EmailAddress email) {
        return email.value();
    }
}
