package dev.gocon.go;

import dev.gocon.sched.Strand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handle {@code Go.go} returns shows a goroutine's identity and nothing of the scheduler. */
class GoroutineHandleTest {

    @Test
    void doesNotExtendTheSchedulersStrand() {
        assertEquals(Object.class, Goroutine.class.getSuperclass());
        assertFalse(Strand.class.isAssignableFrom(Goroutine.class));
    }

    @Test
    void publicMembersAreOnlyIdNameAndToString() {
        Set<String> declared = Arrays.stream(Goroutine.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("id", "name", "toString")), declared);
        Set<String> inherited = Arrays.stream(Goroutine.class.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && m.getDeclaringClass() != Goroutine.class)
                .map(Method::getName)
                .collect(Collectors.toSet());
        assertTrue(inherited.isEmpty(), () -> "inherited public methods: " + inherited);
        assertEquals(0, Goroutine.class.getFields().length, "public fields");
        assertTrue(Arrays.stream(Goroutine.class.getConstructors()).findAny().isEmpty(), "public constructors");
    }

    @Test
    @Timeout(30)
    void namesItselfAsTracesDo() {
        Goroutine[] child = new Goroutine[1];
        Go.run(RunConfig.stepped(1), () -> {
            child[0] = Go.go("chef", () -> { });
        });
        assertEquals(2, child[0].id());
        assertEquals("chef", child[0].name());
        assertEquals("g2 chef", child[0].toString());
    }
}
