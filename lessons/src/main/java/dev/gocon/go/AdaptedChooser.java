package dev.gocon.go;

import dev.gocon.sched.StepChooser;
import dev.gocon.sched.Strand;

import java.util.ArrayList;
import java.util.List;

/*
 * A program's Chooser as the stepped scheduler asks for it: strands become StepChoices and Chooser.STOP
 * becomes StepChooser.STOP, so the schedulers need nothing of this package.
 */
record AdaptedChooser(Chooser chooser) implements StepChooser {

    static StepChooser of(Chooser chooser) {
        return chooser == null ? null : new AdaptedChooser(chooser);
    }

    @Override
    public int chooseStrand(List<Strand> runnable, int suggested) {
        List<StepChoice> choices = new ArrayList<>(runnable.size());
        for (Strand s : runnable) {
            choices.add(new StepChoice(s.id, s.name, s.describeNextOp()));
        }
        int idx = chooser.choose(List.copyOf(choices), suggested);
        return idx == Chooser.STOP ? StepChooser.STOP : idx;
    }

    @Override
    public int chooseCase(Strand strand, List<String> readyCases, int suggested) {
        return chooser.chooseCase(strand.toString(), readyCases, suggested);
    }
}
