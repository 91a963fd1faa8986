package dev.shopfloor.changefeed.web;

import dev.shopfloor.changefeed.internal.Subscriber;
import dev.shopfloor.changefeed.internal.Subscribers;
import dev.shopfloor.changefeed.internal.SubscriptionFilter;
import dev.shopfloor.changefeed.internal.SyncAccess;
import dev.shopfloor.changefeed.internal.Topics;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Sync")
class SyncStreamController {

    private final Subscribers subscribers;
    private final Topics topics;

    SyncStreamController(Subscribers subscribers, Topics topics) {
        this.subscribers = subscribers;
        this.topics = topics;
    }

    @GetMapping(path = "/api/sync/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Access.Read
    @Operation(
            summary = "Stream changes as server-sent events",
            description = "Each event has `id:` = seq and the change event as data; resumes after `since` or the"
                    + " Last-Event-ID header; comments are heartbeats; `event: resync` when the resume point is no"
                    + " longer kept. Browsers may pass the token as `access_token`.")
    SseEmitter stream(
            @RequestParam(required = false) @Nullable String topics,
            @RequestParam(required = false) @Nullable Long since,
            @RequestParam(required = false) @Nullable UUID storeId,
            @RequestParam(required = false) @Nullable List<UUID> ids,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable Long lastEventId) {
        Actor actor = CurrentActor.get();
        List<String> requested = TopicList.parse(topics);
        List<String> unknown = this.topics.unknown(requested);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown_topic", "Unknown topics: " + String.join(", ", unknown));
        }
        if (!SyncAccess.forbidden(actor, requested).isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden_topic", "Not readable by this role: " + requested);
        }
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = subscribers.open(new SseTransport(emitter), actor);
        emitter.onCompletion(subscriber::close);
        emitter.onTimeout(subscriber::close);
        emitter.onError(e -> subscriber.close());
        Long from = lastEventId != null ? lastEventId : since;
        subscriber.subscribe(
                requested, from, new SubscriptionFilter(storeId, ids == null ? Set.of() : Set.copyOf(ids)));
        return emitter;
    }

    private record SseTransport(SseEmitter emitter) implements dev.shopfloor.changefeed.internal.Transport {

        @Override
        public void event(long seq, String json) throws IOException {
            emitter.send(SseEmitter.event().id(Long.toString(seq)).data(json));
        }

        @Override
        public void control(String type, String json) throws IOException {
            emitter.send(SseEmitter.event().name(type).data(json));
        }

        @Override
        public void heartbeat() throws IOException {
            emitter.send(SseEmitter.event().comment("ping"));
        }

        @Override
        public void close() {
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                // already gone
            }
        }
    }
}
