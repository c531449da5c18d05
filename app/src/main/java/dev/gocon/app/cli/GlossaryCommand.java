package dev.gocon.app.cli;

import dev.gocon.app.render.markdown.MarkdownRenderer;
import dev.gocon.app.term.Style;
import dev.gocon.course.catalog.Catalog;
import java.io.PrintWriter;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gocon glossary}: the course's one analogy, the kitchen, with the Go and Java concept each
 * prop stands for. Rendered like a lesson's text: styled on a terminal, plain when piped.
 */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Show the kitchen analogy: which prop stands for which Go and Java concept.")
public final class GlossaryCommand implements Runnable {

    @ParentCommand
    private GoconCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Style style = root.style();
        PrintWriter out = spec.commandLine().getOut();
        for (AttributedString line : new MarkdownRenderer(style.width(), style.color())
                .render(Catalog.glossary())) {
            out.println(style.render(line));
        }
        out.flush();
    }
}
