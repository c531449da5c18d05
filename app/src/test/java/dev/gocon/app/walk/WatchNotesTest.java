package dev.gocon.app.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gocon.app.present.SlideSplitter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatchNotesTest {

    private static final String TEXT = """
            # Sample

            ## The code

            Some code.

            ## What to watch in the trace

            The chef is `main`.

            - `--demo rendezvous`: `main` blocks on `pass`
              for the whole 500 ms.
            - `--demo buffered`: nobody blocks.

            Not a note: --demo ignored, outside a list.
            """;

    @Test
    void eachListItemThatNamesADemoIsItsNote() {
        WatchNotes notes = WatchNotes.of(SlideSplitter.split(TEXT, "Summary."));
        assertEquals(Optional.of("`--demo rendezvous`: `main` blocks on `pass` for the whole 500 ms."),
                notes.on("rendezvous"));
        assertEquals(Optional.of("`--demo buffered`: nobody blocks."), notes.on("buffered"));
        assertEquals(Optional.empty(), notes.on("ignored"));
    }

    @Test
    void aLessonWithoutAWhatToWatchSectionHasNoNotes() {
        assertEquals(Optional.empty(), WatchNotes.of(SlideSplitter.split("# A\n\n## B\n\n- `--demo x`: y\n", "S."))
                .on("x"));
    }
}
