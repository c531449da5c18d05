package dev.gocon.go;

import dev.gocon.trace.TraceEvent;

/*
 * The identity of a synchronisation object as traces and dumps show it: a number unique within the
 * run that created it, a label for people (the given name, or kind-N), and the trace reference made of
 * the two, built on first use so that an untraced run allocates none.
 */
final class TracedObject {

    final long id;
    final String label;
    private TraceEvent.Ref ref;

    /** An identity in the current goroutine's run (or the default run), labelled {@code name} or {@code kind-N}. */
    TracedObject(String kind, String name) {
        Goroutine g = Goroutine.currentOrNull();
        id = (g == null ? Run.DEFAULT : g.run).nextObjectId();
        label = name == null || name.isEmpty() ? kind + "-" + id : name;
    }

    TraceEvent.Ref ref() {
        TraceEvent.Ref r = ref;
        if (r == null) {
            ref = r = new TraceEvent.Ref(id, label);
        }
        return r;
    }
}
