package io.parley.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapters.web.attachment.FilePartRefusal;
import io.parley.adapters.web.attachment.UploadLimit;
import io.parley.application.attachment.AvatarUseCase;
import io.parley.application.attachment.AvatarUseCase.Avatar;
import io.parley.application.directory.GetUserQuery;
import io.parley.application.directory.SearchUsersQuery;
import io.parley.application.directory.SearchUsersQuery.UserSearch;
import io.parley.application.directory.UpdateProfileUseCase;
import io.parley.application.directory.UpdateProfileUseCase.UpdateProfileCommand;
import io.parley.domain.user.UserId;
import java.nio.file.Path;
import java.util.List;

@Controller("/api/users")
// Every endpoint reaches the database: never on a Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class UserController {

    private final GetUserQuery getUser;
    private final UpdateProfileUseCase updateProfile;
    private final SearchUsersQuery searchUsers;
    private final UserViewMapper views;
    private final PeopleViews people;
    private final AvatarUseCase avatars;
    private final UploadLimit uploads;
    private final FilePartRefusal notAFile;

    UserController(GetUserQuery getUser, UpdateProfileUseCase updateProfile, SearchUsersQuery searchUsers, UserViewMapper views,
                   PeopleViews people, AvatarUseCase avatars, UploadLimit uploads, FilePartRefusal notAFile) {
        this.avatars = avatars;
        this.uploads = uploads;
        this.notAFile = notAFile;
        this.getUser = getUser;
        this.updateProfile = updateProfile;
        this.searchUsers = searchUsers;
        this.views = views;
        this.people = people;
    }

    @Get("/me")
    UserView me(Authentication caller) {
        return views.toView(getUser.get(callerId(caller)));
    }

    @Patch("/me")
    UserView updateMe(Authentication caller, @Body UpdateProfileRequest request) {
        return views.toView(updateProfile.update(new UpdateProfileCommand(callerId(caller), request.name(), request.bio())));
    }

    @Get
    List<PublicUserView> search(Authentication caller, @Nullable @QueryValue String q, @Nullable @QueryValue Integer limit) {
        return people.of(searchUsers.search(new UserSearch(callerId(caller), q, limit == null ? 0 : limit)));
    }

    @Put("/me/avatar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    UserView changeAvatar(Authentication caller, StreamingFileUpload file) {
        Path image = uploads.receive(file);
        try {
            return views.toView(avatars.change(callerId(caller), image));
        } finally {
            UploadLimit.deleteQuietly(image);
        }
    }

    /** Micronaut fails to bind a text field named file before {@link #changeAvatar} runs (FilePartRefusal). */
    @Error(exception = ClassCastException.class)
    HttpResponse<?> textFieldAsFile(HttpRequest<?> request, ClassCastException failure) {
        return notAFile.answer(request, failure);
    }

    @Get("/{id}/avatar")
    HttpResponse<StreamedFile> avatar(String id) {
        Avatar avatar = avatars.open(new UserId(id));
        return HttpResponse.ok(new StreamedFile(avatar.content(), MediaType.of(avatar.contentType())))
                .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(avatar.size()))
                .header("X-Content-Type-Options", "nosniff")
                // The URL names the picture's version, so it may be kept for long.
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=604800, immutable");
    }

    @Get("/{id}")
    PublicUserView byId(String id) {
        return people.of(getUser.get(new UserId(id)));
    }

    static UserId callerId(Authentication caller) {
        return new UserId(caller.getName());
    }
}
