package dev.gocon.app.term;

import java.util.concurrent.Callable;

/**
 * Names a gocon command as the learner would type it where they are: {@code gocon answer c} in the
 * shell, {@code answer c} at the gocon prompt (and in a {@code repl --script}), where typing
 * {@code gocon} first fails. Every message that tells the learner what to type goes through here.
 */
public final class AsTyped {

    private static final ScopedValue<Boolean> AT_PROMPT = ScopedValue.newInstance();

    private AsTyped() {
    }

    /** {@code words} as typed here: {@code "check"} becomes {@code "gocon check"} in the shell. */
    public static String command(String words) {
        return atPrompt() ? words : "gocon " + words;
    }

    /** True while a command runs from the gocon prompt or a script. */
    public static boolean atPrompt() {
        return AT_PROMPT.isBound();
    }

    /** Runs {@code body} as a command typed at the prompt. */
    public static <T> T atPrompt(Callable<T> body) throws Exception {
        return ScopedValue.where(AT_PROMPT, true).call(body::call);
    }
}
