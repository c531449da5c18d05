package dev.gocon.course.catalog;

import dev.gocon.course.Lesson;
import dev.gocon.course.atomics.AtomicsLesson;
import dev.gocon.course.broadcast.BroadcastLesson;
import dev.gocon.course.cancellation.CancellationLesson;
import dev.gocon.course.channels.ChannelsLesson;
import dev.gocon.course.errors.ErrorsLesson;
import dev.gocon.course.goroutines.GoroutinesLesson;
import dev.gocon.course.kitchens.KitchensLesson;
import dev.gocon.course.mutex.MutexLesson;
import dev.gocon.course.parallelism.ParallelismLesson;
import dev.gocon.course.pipelines.PipelinesLesson;
import dev.gocon.course.races.RacesLesson;
import dev.gocon.course.scheduler.SchedulerLesson;
import dev.gocon.course.select.SelectLesson;
import dev.gocon.course.stress.StressLesson;
import dev.gocon.course.tcpserver.TcpServerLesson;
import dev.gocon.course.threads.ThreadsLesson;
import dev.gocon.course.toolbox.ToolboxLesson;
import dev.gocon.course.waitgroup.WaitGroupLesson;
import dev.gocon.course.workerpools.WorkerPoolsLesson;
import java.util.List;
import java.util.Optional;

/**
 * The course: every lesson, in the order a learner takes them.
 *
 * <p>Adding a lesson means adding its folder and one line here. A test fails when a lesson folder is
 * missing from this list.
 *
 * <p>Each lesson's {@code lesson.md} follows the convention that {@code LessonTextTest} checks: its
 * level-2 headings start with one of the seven part names, in order: "The idea", "The analogy",
 * "The Go code", "The Java code", "What to watch", "Common misconceptions", "Try this". A long
 * part repeats its prefix ({@code ## The Go code: close and range}). Every {@code ```go} block is a
 * complete program and every {@code ```java} block a complete compilation unit; both are compiled
 * (and the Go ones run) by the tests.
 */
public final class Catalog {

    private static final List<Lesson> LESSONS = List.of(
            KitchensLesson.create(),
            ParallelismLesson.create(),
            ThreadsLesson.create(),
            GoroutinesLesson.create(),
            ChannelsLesson.create(),
            SelectLesson.create(),
            WaitGroupLesson.create(),
            MutexLesson.create(),
            RacesLesson.create(),
            AtomicsLesson.create(),
            ToolboxLesson.create(),
            WorkerPoolsLesson.create(),
            PipelinesLesson.create(),
            StressLesson.create(),
            SchedulerLesson.create(),
            TcpServerLesson.create(),
            BroadcastLesson.create(),
            CancellationLesson.create(),
            ErrorsLesson.create());

    private Catalog() {
    }

    /** All lessons, in course order. */
    public static List<Lesson> lessons() {
        return LESSONS;
    }

    /**
     * The course's glossary in Markdown: the one kitchen analogy, each prop paired with the Go and
     * Java concept it stands for ({@code gocon glossary} shows it; lessons refer to it).
     */
    public static String glossary() {
        return Lesson.readText(Lesson.class, "glossary.md");
    }

    /** The lesson with this id, if there is one. */
    public static Optional<Lesson> find(String id) {
        return LESSONS.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
