package io.parley.adapters.persistence.session;

import io.parley.domain.session.RefreshToken;
import io.parley.domain.user.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
interface RefreshTokenRowMapper {

    RefreshToken toToken(RefreshTokenRow row);

    RefreshTokenRow toRow(RefreshToken token);

    default UserId userId(String value) {
        return new UserId(value);
    }

    default String userIdValue(UserId id) {
        return id.value();
    }
}
