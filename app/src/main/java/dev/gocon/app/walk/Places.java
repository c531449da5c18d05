package dev.gocon.app.walk;

import dev.gocon.app.exercise.ProgressStore;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the learner left a lesson's walk, kept between runs (in the progress file) so that the next
 * {@code gocon lesson <id>} can offer to go back there.
 */
public interface Places {

    /** Nowhere to remember: every walk starts at the top. */
    Places NONE = new Places() {
        @Override
        public Optional<String> load() {
            return Optional.empty();
        }

        @Override
        public void save(String heading) {
        }
    };

    /**
     * The place in {@code lessonId} kept in the progress file. A file that cannot be read or written
     * costs only the place: the reason goes to {@code warnings}, and the walk goes on.
     */
    static Places in(ProgressStore store, String lessonId, Consumer<String> warnings) {
        return new Places() {
            @Override
            public Optional<String> load() {
                try {
                    return store.read().place(lessonId);
                } catch (RuntimeException e) {
                    warnings.accept("gocon: could not read where you left this lesson: " + e.getMessage());
                    return Optional.empty();
                }
            }

            @Override
            public void save(String heading) {
                try {
                    store.update(progress -> progress.withPlace(lessonId, heading));
                } catch (RuntimeException e) {
                    warnings.accept("gocon: could not remember where you left this lesson: " + e.getMessage());
                }
            }
        };
    }

    /** The heading of the section where the learner left, if any. */
    Optional<String> load();

    /** Remembers the section left at, by its heading; null forgets (the lesson was read to its end). */
    void save(String heading);
}
