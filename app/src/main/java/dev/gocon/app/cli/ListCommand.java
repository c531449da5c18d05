package dev.gocon.app.cli;

import dev.gocon.app.exercise.Workbench;
import dev.gocon.app.render.markdown.MarkdownRenderer;
import dev.gocon.app.render.markdown.Wrapper;
import dev.gocon.app.term.AsTyped;
import dev.gocon.app.term.Style;
import dev.gocon.course.Lesson;
import dev.gocon.course.catalog.Catalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gocon list}: the lessons in course order, each with its id, title, one-line summary and, where
 * it has exercises, how many of them the learner has done.
 */
@Command(name = "list", aliases = "l", mixinStandardHelpOptions = true,
        description = "List the lessons in course order.")
public final class ListCommand implements Runnable {

    @ParentCommand
    private GoconCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Style style = root.style();
        PrintWriter out = spec.commandLine().getOut();
        List<Lesson> lessons = Catalog.lessons();
        int idWidth = lessons.stream().mapToInt(l -> l.id().length()).max().orElse(0);
        Map<String, Workbench.Count> progress = Workbench.current().progressByLesson();
        int number = 1;
        for (Lesson lesson : lessons) {
            AttributedStringBuilder line = new AttributedStringBuilder();
            line.append(numbered(number++));
            line.styled(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN),
                    String.format("%-" + idWidth + "s", lesson.id()));
            line.append("  ");
            line.styled(AttributedStyle.BOLD, lesson.title());
            Workbench.Count count = progress.get(lesson.id());
            if (count != null && count.total() > 0) {
                line.styled(count.done() == count.total() ? AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)
                        : AttributedStyle.DEFAULT.faint(), "  exercises " + count);
            }
            out.println(style.render(line.toAttributedString()));
            String indent = " ".repeat(idWidth + 6);
            for (AttributedString summary : Wrapper.wrap(new AttributedString(lesson.summary(),
                    AttributedStyle.DEFAULT.faint()), Math.max(20, style.width() - indent.length()))) {
                out.println(style.render(MarkdownRenderer.concat(new AttributedString(indent), summary)));
            }
        }
        out.println();
        out.println("Run one with: " + AsTyped.command("lesson <id>"));
        out.flush();
    }

    /*
     * " 7. ", "12. ": the number right-aligned in two columns. Not String.format("%2d"), which loads the
     * locale's number symbols: about a tenth of what this command took.
     */
    private static String numbered(int number) {
        String digits = Integer.toString(number);
        return " ".repeat(Math.max(0, 2 - digits.length())) + digits + ". ";
    }
}
