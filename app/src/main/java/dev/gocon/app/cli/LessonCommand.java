package dev.gocon.app.cli;

import dev.gocon.app.errors.GoconException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gocon lesson <id>}: the parent of one generated subcommand per lesson, so that picocli's
 * "did you mean" and shell completion know every lesson id.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Walk through a lesson one section at a time, with its demos.",
        synopsisSubcommandLabel = "<id>")
public final class LessonCommand implements Runnable {

    @ParentCommand
    private GoconCommand root;

    GoconCommand root() {
        return root;
    }

    @Override
    public void run() {
        throw GoconException.usage("which lesson? Try 'gocon list' to see them, or 'gocon lesson kitchens' to start.");
    }
}
