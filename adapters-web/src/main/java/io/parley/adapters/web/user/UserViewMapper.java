package io.parley.adapters.web.user;

import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface UserViewMapper {

    // Avatars arrive with attachments.
    @Mapping(target = "avatarUrl", ignore = true)
    UserView toView(User user);

    /** Without presence, which {@link PeopleViews} adds. */
    @Mapping(target = "avatarUrl", ignore = true)
    @Mapping(target = "online", ignore = true)
    @Mapping(target = "lastSeen", source = "lastSeenAt")
    PublicUserView toPublicView(User user);

    default String idValue(UserId id) {
        return id.value();
    }

    default String emailValue(EmailAddress email) {
        return email.value();
    }
}
