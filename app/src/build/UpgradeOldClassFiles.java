import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A build step, run by the app module's pom on the shaded jar: rewrites every class file older than
 * Java 6 (picocli's are Java 5, class file version 49) as a Java 8 class file with stack maps.
 *
 * <p>Why: the JDK's AOT cache (JEP 483/514) leaves out class files older than version 50, so all of
 * picocli, the first thing every gocon command runs, was loaded, parsed and verified from the jar on
 * every start. Rewritten, it comes from the cache like the rest. The bytecode itself is unchanged; only
 * the version and the stack maps that version requires are new. Launched as a single source file
 * ({@code java UpgradeOldClassFiles.java JAR}), since it needs the JDK's ClassFile API (Java 24+)
 * while Maven itself may run on an older JDK.
 */
public final class UpgradeOldClassFiles {

    private static final int JAVA_8 = ClassFile.JAVA_8_VERSION;
    private static final int JAVA_6 = ClassFile.JAVA_6_VERSION;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int count = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class")) {
                    ClassModel model = classFile.parse(bytes);
                    if (model.majorVersion() < JAVA_6) {
                        bytes = classFile.transformClass(model, toJava8());
                        count++;
                    }
                }
                copy(entry, bytes, out);
            }
        }
        Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("upgraded " + count + " class files older than Java 6 in " + jar.getFileName());
    }

    /** The new version, and every method body rebuilt so that its stack maps are generated. */
    private static ClassTransform toJava8() {
        ClassTransform version = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(JAVA_8, 0);
            } else {
                builder.with(element);
            }
        };
        return version.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL));
    }

    private static void copy(ZipEntry entry, byte[] bytes, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
    }
}
