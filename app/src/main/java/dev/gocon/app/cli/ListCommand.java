package dev.gocon.app.cli;

import dev.gocon.course.Catalog;
import dev.gocon.course.Lesson;
import java.io.PrintWriter;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gocon list}: the lessons in course order, each with its id, title and one-line summary. */
@Command(name = "list", aliases = "l", mixinStandardHelpOptions = true,
        description = "List the lessons in course order.")
public final class ListCommand implements Runnable {

    @ParentCommand
    private GoconCommand root;

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Style style = root.style();
        PrintWriter out = spec.commandLine().getOut();
        List<Lesson> lessons = Catalog.lessons();
        int idWidth = lessons.stream().mapToInt(l -> l.id().length()).max().orElse(0);
        int number = 1;
        for (Lesson lesson : lessons) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            line.append(String.format("%2d. ", number++));
            line.styled(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN),
                    String.format("%-" + idWidth + "s", lesson.id()));
            line.append("  ");
            line.styled(AttributedStyle.BOLD, lesson.title());
            out.println(style.render(line.toAttributedString()));
            out.println(style.render(new AttributedString(" ".repeat(idWidth + 6) + lesson.summary(),
                    AttributedStyle.DEFAULT.faint())));
        }
        out.println();
        out.println("Run one with: gocon lesson <id>");
        out.flush();
    }
}
