package io.parley.adapters.web.user;

import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface UserViewMapper {

    @Mapping(target = "avatarUrl", expression = "java(avatarUrl(user))")
    UserView toView(User user);

    /** Without presence, which {@link PeopleViews} adds. */
    @Mapping(target = "avatarUrl", expression = "java(avatarUrl(user))")
    @Mapping(target = "online", ignore = true)
    @Mapping(target = "lastSeen", source = "lastSeenAt")
    PublicUserView toPublicView(User user);

    /** The key changes with every new picture, so the URL does too and no cache shows an old one. */
    default String avatarUrl(User user) {
        if (user.avatarKey() == null) {
            return null;
        }
        String key = user.avatarKey();
        return "/api/users/" + user.id().value() + "/avatar?v=" + key.substring(key.lastIndexOf('-') + 1);
    }

    default String idValue(UserId id) {
        return id.value();
    }

    default String emailValue(EmailAddress email) {
        return email.value();
    }
}
