package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.share.FollowSession;
import dev.gocon.app.term.Style;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gocon follow HOST:PORT --code CODE}: a student follows a class that the instructor shares with
 * {@code gocon present --share}, read-only, redrawn at the student's own size. See {@link FollowSession}.
 */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"Follow a class shared with 'gocon present --share': the instructor's slides and demos,",
                "redrawn to your terminal. q or Ctrl-C leaves; nothing you type reaches the instructor."})
public final class FollowCommand implements Callable<Integer> {

    @ParentCommand
    private GoconCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST:PORT", description = "Where the class is shared, as its join line says.")
    private String target;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The session's code, from its join line.")
    private String code;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Style style = root.style();
        FollowSession session;
        try {
            session = FollowSession.connect(target, code);
        } catch (IllegalArgumentException e) {
            throw GoconException.usage(e.getMessage());
        } catch (FollowSession.Refused e) {
            throw e.usage() ? GoconException.usage(e.getMessage()) : GoconException.failure(e.getMessage());
        }
        try (session) {
            if (!root.console().isTerminal()) {
                session.print(spec.commandLine().getOut(), style.width());
                return ExitCode.OK;
            }
            int exit = session.show(root.console().terminal(), style.color());
            spec.commandLine().getOut().println(session.goodbye());
            return exit;
        }
    }
}
