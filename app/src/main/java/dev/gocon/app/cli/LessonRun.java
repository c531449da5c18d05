package dev.gocon.app.cli;

import dev.gocon.app.render.markdown.MarkdownRenderer;
import dev.gocon.course.Lesson;
import java.io.PrintWriter;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gocon lesson <id>}: one instance per lesson, added under {@code lesson} by
 * {@link GoconCommand#addLessons}. Renders the lesson's text for the terminal or the pipe.
 */
@Command(mixinStandardHelpOptions = true)
public final class LessonRun implements Runnable {

    private final Lesson lesson;

    @ParentCommand
    private LessonCommand parent;

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Option(names = "--text", description = "Show the lesson's text only.")
    private boolean textOnly;

    LessonRun(Lesson lesson) {
        this.lesson = lesson;
    }

    @Override
    public void run() {
        Style style = parent.root().style();
        PrintWriter out = spec.commandLine().getOut();
        MarkdownRenderer renderer = new MarkdownRenderer(style.width(), style.color());
        for (AttributedString line : renderer.render(lesson.text())) {
            out.println(style.render(line));
        }
        out.flush();
    }
}
