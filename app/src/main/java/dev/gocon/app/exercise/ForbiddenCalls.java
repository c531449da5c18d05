package dev.gocon.app.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LineNumber;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.constant.ConstantDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the learner's compiled classes and refuses, before they run, the calls a check cannot allow:
 * ending the JVM, starting or stopping a process, writing files, loading native code, reflection
 * (which would reach the harness's verdict channel), reaching into gocon's own packages, and looking
 * for the reference solution.
 *
 * <p>Java 24 removed the SecurityManager (JEP 486), so nothing can refuse these calls while the code
 * runs; reading the bytecode first is what remains. The scan uses the JDK's own class-file API
 * ({@code java.lang.classfile}, JEP 484), which reads every class-file version the running JDK
 * compiles, and sees every call site: plain calls, constructors, field accesses, method references
 * (a lambda's bootstrap arguments) and method-handle constants. The README's design notes say why
 * this is preferred to the forbiddenapis library.
 */
public final class ForbiddenCalls {

    /** A call the check refuses: what was refused and why, in one sentence, and where the call is. */
    public record Refusal(String reason, String where) {
        /** One line for the verdict. */
        public String describe() {
            return reason + " (at " + where + ")";
        }
    }

    private static final String ENDS_JVM = "your code calls {call}, which ends the JVM before the check can judge it";
    private static final String PROCESS = "your code calls {call}: a check does not start or stop processes";
    private static final String NATIVE = "your code calls {call}: a check does not load native code";
    private static final String REFLECTION = "your code calls {call}: reflection is not allowed in a check";
    private static final String GOCON = "your code uses {call}, which is gocon's own code; only dev.gocon.go is yours";
    private static final String WRITES = "your code writes files with {call}; a check runs without writing files";
    private static final String SOLUTION = "your code looks for the reference solution ({call}); the check does not "
            + "carry it";

    /* Owner (internal name) and method; "*" for any member of the owner. */
    private static final Map<String, Set<String>> CALLS = Map.ofEntries(
            Map.entry("java/lang/System", Set.of("exit", "load", "loadLibrary")),
            Map.entry("java/lang/Runtime", Set.of("exit", "halt", "exec", "load", "loadLibrary")),
            Map.entry("java/lang/ProcessBuilder", Set.of("start", "startPipeline")),
            Map.entry("java/lang/ProcessHandle", Set.of("destroy", "destroyForcibly")),
            Map.entry("java/lang/Process", Set.of("destroy", "destroyForcibly")),
            Map.entry("java/lang/Class", Set.of("forName", "getDeclaredField", "getDeclaredFields",
                    "getDeclaredMethod", "getDeclaredMethods", "getDeclaredConstructor", "getDeclaredConstructors",
                    "getField", "getFields", "getMethod", "getMethods", "getConstructor", "getConstructors",
                    "getDeclaredClasses", "newInstance", "getClassLoader")),
            Map.entry("java/lang/ClassLoader", Set.of("*")),
            Map.entry("java/lang/invoke/MethodHandles", Set.of("privateLookupIn")),
            Map.entry("java/lang/invoke/MethodHandles$Lookup", Set.of("findStatic", "findVirtual", "findSpecial",
                    "findConstructor", "findGetter", "findSetter", "findStaticGetter", "findStaticSetter",
                    "findClass", "unreflect", "unreflectSpecial", "unreflectConstructor", "unreflectGetter",
                    "unreflectSetter", "defineClass", "defineHiddenClass", "accessClass")),
            Map.entry("java/io/File", Set.of("createNewFile", "delete", "deleteOnExit", "mkdir", "mkdirs",
                    "renameTo", "setWritable", "setReadable", "setExecutable", "setLastModified", "setReadOnly",
                    "createTempFile")),
            Map.entry("java/io/FileOutputStream", Set.of("<init>")),
            Map.entry("java/io/FileWriter", Set.of("<init>")),
            Map.entry("java/io/RandomAccessFile", Set.of("<init>")),
            Map.entry("java/util/logging/FileHandler", Set.of("<init>")),
            Map.entry("java/nio/channels/FileChannel", Set.of("open")),
            Map.entry("java/nio/channels/AsynchronousFileChannel", Set.of("open")),
            Map.entry("java/nio/file/Files", Set.of("write", "writeString", "newOutputStream", "newBufferedWriter",
                    "newByteChannel", "copy", "move", "delete", "deleteIfExists", "createFile", "createDirectory",
                    "createDirectories", "createTempFile", "createTempDirectory", "createLink", "createSymbolicLink",
                    "setAttribute", "setLastModifiedTime", "setOwner", "setPosixFilePermissions")));

    /* Packages of which every member is refused, with the reason. */
    private static final List<Map.Entry<String, String>> PACKAGES = List.of(
            Map.entry("java/lang/reflect/", REFLECTION),
            Map.entry("java/lang/foreign/", NATIVE),
            Map.entry("java/lang/instrument/", REFLECTION),
            Map.entry("sun/misc/", REFLECTION),
            Map.entry("jdk/internal/", REFLECTION),
            Map.entry("java/nio/file/spi/", WRITES),
            Map.entry("dev/gocon/app/", GOCON),
            Map.entry("dev/gocon/course/", GOCON));

    /* A string constant that names a file: no line breaks, and a slash or a dot in it. */
    private static final Pattern PATH_LIKE = Pattern.compile("[^\\s]*[/\\\\.][^\\s]*");

    private ForbiddenCalls() {
    }

    /** The refused calls in every class under {@code classes}, in file order; empty if there are none. */
    public static List<Refusal> scan(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted()
                    .flatMap(f -> scan(read(f)).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refused calls in one class file. */
    static List<Refusal> scan(byte[] classFile) {
        ClassModel model = ClassFile.of().parse(classFile);
        String source = model.findAttribute(java.lang.classfile.Attributes.sourceFile())
                .map(SourceFileAttribute::sourceFile).map(s -> s.stringValue())
                .orElse(model.thisClass().asInternalName() + ".class");
        return model.methods().stream()
                .flatMap(m -> m.code().stream().flatMap(code -> scan(code, source).stream()))
                .toList();
    }

    private static List<Refusal> scan(CodeModel code, String source) {
        List<Refusal> found = new java.util.ArrayList<>();
        int line = 0;
        String path = null;
        for (CodeElement element : code) {
            String where = source + (line > 0 ? ":" + line : "");
            Optional<Refusal> refusal = switch (element) {
                case LineNumber number -> {
                    line = number.line();
                    path = null;
                    yield Optional.empty();
                }
                case ConstantInstruction constant -> {
                    ConstantDesc value = constant.constantValue();
                    if (value instanceof String text) {
                        path = path == null && PATH_LIKE.matcher(text).matches() ? text : path;
                        yield text.contains(".solution") ? refused(SOLUTION, '"' + text + '"', where)
                                : Optional.empty();
                    }
                    yield value instanceof DirectMethodHandleDesc handle ? handle(handle, where) : Optional.empty();
                }
                case InvokeInstruction call -> member(call.owner().asInternalName(), call.name().stringValue(),
                        call.type().stringValue(), where, path);
                case FieldInstruction field -> member(field.owner().asInternalName(), field.name().stringValue(),
                        "", where, null);
                case NewObjectInstruction created -> member(created.className().asInternalName(), "<new>", "",
                        where, null);
                case InvokeDynamicInstruction indy -> indy.bootstrapArgs().stream()
                        .filter(DirectMethodHandleDesc.class::isInstance)
                        .map(a -> handle((DirectMethodHandleDesc) a, where))
                        .flatMap(Optional::stream).findFirst();
                default -> Optional.empty();
            };
            refusal.ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Refusal> handle(DirectMethodHandleDesc handle, String where) {
        String owner = handle.owner().descriptorString();
        return member(owner.substring(1, owner.length() - 1), handle.methodName(), handle.lookupDescriptor(),
                where, null);
    }

    /* The refusal for a use of owner.name, if it is refused; `path`, a path named on the same line. */
    private static Optional<Refusal> member(String owner, String name, String descriptor, String where, String path) {
        String call = simpleName(owner) + (name.equals("<init>") || name.equals("<new>") ? "" : "." + name);
        for (Map.Entry<String, String> pkg : PACKAGES) {
            if (owner.startsWith(pkg.getKey())) {
                return refused(pkg.getValue(), owner.startsWith("dev/") ? owner.replace('/', '.') : call, where);
            }
        }
        Set<String> names = CALLS.get(owner);
        boolean printsToFile = (owner.equals("java/io/PrintStream") || owner.equals("java/io/PrintWriter"))
                && name.equals("<init>")
                && (descriptor.startsWith("(Ljava/lang/String;") || descriptor.startsWith("(Ljava/io/File;"));
        if (!printsToFile && (names == null || !(names.contains(name) || names.contains("*")))) {
            return Optional.empty();
        }
        String reason = reasonFor(owner, name);
        if (reason.equals(WRITES) && path != null && !path.isBlank()) {
            return Optional.of(new Refusal("your code tried to write " + path + " (with " + call
                    + "); a check runs without writing files", where));
        }
        return refused(reason, call, where);
    }

    private static Optional<Refusal> refused(String template, String call, String where) {
        return Optional.of(new Refusal(template.replace("{call}", call), where));
    }

    private static String reasonFor(String owner, String name) {
        if (Set.of("exit", "halt").contains(name)) {
            return ENDS_JVM;
        }
        if (owner.contains("Process") || name.equals("exec")) {
            return PROCESS;
        }
        if (name.startsWith("load")) {
            return NATIVE;
        }
        if (owner.startsWith("java/lang/Class") || owner.startsWith("java/lang/invoke/")) {
            return REFLECTION;
        }
        return WRITES;
    }

    private static String simpleName(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        return name.replace('$', '.');
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
