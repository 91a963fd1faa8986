package dev.shopfloor.customers.web;

import dev.shopfloor.customers.NewCommunication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An entry for the communication log; the author is whoever is signed in. */
record CommunicationRequest(
        @NotNull @Pattern(regexp = "note|call|email|meeting", message = "must be note, call, email or meeting")
        String kind,

        @Nullable @Pattern(regexp = "in|out", message = "must be in or out")
        String direction,

        @Nullable @Size(max = 200) String subject,
        @NotBlank @Size(max = 20000) String body,
        @Nullable Instant occurredAt) {

    NewCommunication toNew() {
        return new NewCommunication(
                kind, direction, subject == null || subject.isBlank() ? null : subject.strip(), body, occurredAt);
    }
}
