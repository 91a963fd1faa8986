package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.Stage;
import dev.shopfloor.platform.web.ApiException;
import java.util.List;
import java.util.Optional;

/** The stages of one request, by position: the move rules ask it what lies between two stages. */
public record StageList(List<Stage> stages) {

    public Optional<Stage> find(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The stage with this code, or 422 {@code unknown_stage}. */
    public Stage get(String code) {
        return find(code).orElseThrow(() -> ApiException.unprocessable("unknown_stage", "no stage " + code));
    }

    /** The stage of this kind (queue and done exist exactly once). */
    public Stage first(String kind) {
        return stages.stream()
                .filter(s -> s.is(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + kind + " stage"));
    }

    /** The stage right after {@code stage} by position. */
    public Optional<Stage> next(Stage stage) {
        return stages.stream().filter(s -> s.position() > stage.position()).findFirst();
    }

    /** The stages strictly after {@code from} and strictly before {@code to}. */
    public List<Stage> between(Stage from, Stage to) {
        return stages.stream()
                .filter(s -> s.position() > from.position() && s.position() < to.position())
                .toList();
    }

    /** The stage codes positioned at or before {@code stage}. */
    public List<String> upTo(Stage stage) {
        return stages.stream()
                .filter(s -> s.position() <= stage.position())
                .map(Stage::code)
                .toList();
    }
}
