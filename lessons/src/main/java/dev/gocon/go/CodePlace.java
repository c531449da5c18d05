package dev.gocon.go;

import java.util.Optional;
import java.util.Set;

/*
 * A place in the learner's program, as a race report shows it: the first stack frame outside the
 * runtime. Go prints a function and a file:line; so does this, naming a lambda the way Go names a
 * closure (lambda$main$0 in class Counter is Counter.main.func1). Captured with a StackWalker that
 * stops at that first frame, so the cost does not grow with the depth of the stack.
 */
final class CodePlace {

    static final DataRace.Place UNKNOWN = new DataRace.Place("?", "?", 0);

    /** The runtime's own classes, skipped when looking for the program's frame. */
    private static final Set<String> RUNTIME = Set.of(Go.class.getName(), Run.class.getName(),
            Goroutine.class.getName(), WaitGroup.class.getName(), ErrGroup.class.getName(), Shared.class.getName(),
            RaceDetector.class.getName(), CodePlace.class.getName());
    private static final StackWalker WALKER = StackWalker.getInstance();

    /** The caller's place: the innermost frame that is not the runtime's nor the JDK's. */
    private CodePlace() {
    }

    static DataRace.Place caller() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(s -> s.filter(CodePlace::isProgram).findFirst());
        return frame.map(CodePlace::of).orElse(UNKNOWN);
    }

    private static boolean isProgram(StackWalker.StackFrame f) {
        String n = f.getClassName();
        if (RUNTIME.contains(n)) {
            return false;
        }
        return !n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun.");
    }

    private static DataRace.Place of(StackWalker.StackFrame f) {
        String cls = f.getClassName();
        cls = cls.substring(cls.lastIndexOf('.') + 1);
        String file = f.getFileName() == null ? cls + ".java" : f.getFileName();
        return new DataRace.Place(cls + "." + goName(f.getMethodName()), file, f.getLineNumber());
    }

    /** {@code lambda$main$0} as Go names a closure: {@code main.func1}; other names unchanged. */
    static String goName(String method) {
        if (method.startsWith("lambda$")) {
            int last = method.lastIndexOf('$');
            String outer = method.substring("lambda$".length(), last);
            String index = method.substring(last + 1);
            try {
                return (outer.startsWith("static$") ? outer.substring(7) : outer) + ".func" + (Integer.parseInt(index) + 1);
            } catch (NumberFormatException e) {
                return method;
            }
        }
        return method;
    }
}
