package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.errors.Reasons;
import dev.gocon.app.present.DemoSettings;
import dev.gocon.app.present.Presenter;
import dev.gocon.app.present.SlidePrinter;
import dev.gocon.app.present.SpeakerNotes;
import dev.gocon.app.present.Theme;
import dev.gocon.app.present.TracedSlideDemo;
import dev.gocon.app.record.CastRecorder;
import dev.gocon.app.record.Recording;
import dev.gocon.app.record.TeeOutputStream;
import dev.gocon.app.share.ShareCode;
import dev.gocon.app.share.ShareHub;
import dev.gocon.app.share.ShareServer;
import dev.gocon.app.term.Style;
import dev.gocon.course.Lesson;
import dev.gocon.course.catalog.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gocon present <lesson>...}: the lessons as full-screen slides for a class, one session. See
 * {@link Presenter} for the keys and {@link dev.gocon.app.present.SlideSplitter} for how
 * {@code lesson.md} becomes slides.
 */
@Command(name = "present", mixinStandardHelpOptions = true,
        description = {"Present lessons as full-screen slides, with their demos, for a class.",
                "Keys: Space/→ next, ← back, r run the demo, p pause, s step, +/- faster/slower, q quit."})
public final class PresentCommand implements Callable<Integer> {

    @ParentCommand
    private GoconCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<lesson>", completionCandidates = LessonIds.class,
            description = "The lessons to present, in order (as 'gocon list' names them).")
    private List<String> lessonIds;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "default",
            description = "default, or projector: high contrast with no dim text.")
    private Theme theme;

    @Option(names = "--seed", paramLabel = "N",
            description = "Run every demo with this seed, instead of the one its author rehearsed.")
    private Long seed;

    @Option(names = "--native", description = "Run demos on the real virtual-thread scheduler, not the stepped one.")
    private boolean nativeScheduler;

    @Option(names = "--notes", paramLabel = "FILE",
            description = "Write speaker notes here: a file (follow it with tail -f) or a terminal (/dev/pts/N).")
    private Path notesPath;

    @Option(names = "--record", paramLabel = "FILE.cast",
            description = "Record the session as an asciicast v2 file; play it with 'gocon replay'.")
    private Path recordPath;

    @Option(names = "--print", description = "Write the slides one after another as text, instead of presenting.")
    private boolean print;

    @Option(names = "--share", description = {"Let students follow live, read-only: in a terminal with "
            + "'gocon follow', or in a browser. Prints the line to give them."})
    private boolean share;

    @Option(names = "--listen", paramLabel = "HOST[:PORT]", defaultValue = "127.0.0.1:7070",
            description = "Where --share listens (default: ${DEFAULT-VALUE}, this machine only).")
    private String listen;

    /** The ids of all lessons, for shell completion. */
    static final class LessonIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Catalog.lessons().stream().map(Lesson::id).iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Lesson> lessons = lessons();
        Style style = root.style();
        if (print) {
            SlidePrinter.print(lessons, style.width(), 24, theme, style.color(), style::render,
                    spec.commandLine().getOut());
            return ExitCode.OK;
        }
        if (!root.console().isTerminal()) {
            throw GoconException.usage("present needs a terminal; use --print to write the slides as text");
        }
        Terminal terminal = root.console().terminal();
        if (terminal.getStringCapability(Capability.cursor_address) == null) {
            throw GoconException.usage("present needs a terminal that can move the cursor, and TERM is '"
                    + terminal.getType() + "'; use --print to write the slides as text");
        }
        DemoSettings settings = new DemoSettings(seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                nativeScheduler);
        try (Share shared = share ? Share.open(listen, spec.commandLine().getOut()) : null) {
            SpeakerNotes notes = notesPath == null ? null : openNotes();
            CastRecorder recorder = recordPath == null && shared == null ? null
                    : Recording.open(recordPath, shared == null ? null : shared.hub().castWriter(), terminal);
            OutputStream screen = recorder == null ? terminal.output() : new TeeOutputStream(terminal.output(), recorder);
            try {
                Presenter presenter = new Presenter(terminal, lessons, TracedSlideDemo.factory(style.color()), settings,
                        theme, style.color(), notes, screen, null);
                if (recorder != null) {
                    presenter.onResize((width, height) -> {
                        try {
                            recorder.resize(width, height);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
                if (shared != null) {
                    shared.attach(presenter);
                }
                return presenter.run();
            } finally {
                if (recorder != null) {
                    recorder.close();
                }
                if (notes != null) {
                    notes.close();
                }
            }
        }
    }

    /** A shared session: the hub and its door, opened before the slides take the screen. */
    private record Share(ShareHub hub, ShareServer door) implements AutoCloseable {

        static Share open(String listen, java.io.PrintWriter out) {
            ShareHub hub = null;
            try {
                java.net.InetSocketAddress address = ShareServer.address(listen);
                hub = new ShareHub(ShareHub.MAX_FOLLOWERS, ShareHub.PER_ADDRESS, what -> { });
                ShareServer door = ShareServer.start(address, ShareCode.random(), hub, ShareHub.MAX_FOLLOWERS);
                out.println(door.joinLine());
                out.flush();
                return new Share(hub, door);
            } catch (IllegalArgumentException e) {
                if (hub != null) {
                    hub.close();
                }
                throw GoconException.usage(e.getMessage());
            }
        }

        /** Sends the presenter's screens to the followers, and shows how to join until the first key. */
        void attach(Presenter presenter) {
            presenter.onScreen(hub::publish);
            presenter.tell(door.joinLine());
            door.onLog(presenter::tell);
        }

        /** Ends the share: the door closes and every follower is let go. */
        @Override
        public void close() {
            hub.close();
            door.close();
        }
    }

    private List<Lesson> lessons() {
        List<Lesson> lessons = new ArrayList<>();
        for (String id : lessonIds) {
            lessons.add(Catalog.find(id).orElseThrow(() -> GoconException.usage(
                    "unknown lesson '" + id + "'" + suggestion(id) + "; 'gocon list' shows them all")));
        }
        return lessons;
    }

    private static String suggestion(String id) {
        String best = null;
        int bestDistance = 3;
        for (Lesson lesson : Catalog.lessons()) {
            int d = distance(id, lesson.id());
            if (d < bestDistance) {
                best = lesson.id();
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    private SpeakerNotes openNotes() {
        try {
            return SpeakerNotes.open(notesPath);
        } catch (IOException e) {
            throw GoconException.failure("cannot write speaker notes to " + notesPath + ": " + Reasons.of(e));
        }
    }
}
