package dev.gocon.course.catalog;

import dev.gocon.course.atomics.exercises.AtomicsExercises;
import dev.gocon.course.broadcast.exercises.BroadcastExercises;
import dev.gocon.course.cancellation.exercises.CancellationExercises;
import dev.gocon.course.channels.exercises.ChannelsExercises;
import dev.gocon.course.errors.exercises.ErrorsExercises;
import dev.gocon.course.exercise.Exercises;
import dev.gocon.course.exercise.LessonExercises;
import dev.gocon.course.goroutines.exercises.GoroutinesExercises;
import dev.gocon.course.kitchens.exercises.KitchensExercises;
import dev.gocon.course.mutex.exercises.MutexExercises;
import dev.gocon.course.parallelism.exercises.ParallelismExercises;
import dev.gocon.course.pipelines.exercises.PipelinesExercises;
import dev.gocon.course.races.exercises.RacesExercises;
import dev.gocon.course.scheduler.exercises.SchedulerExercises;
import dev.gocon.course.select.exercises.SelectExercises;
import dev.gocon.course.stress.exercises.StressExercises;
import dev.gocon.course.tcpserver.exercises.TcpServerExercises;
import dev.gocon.course.threads.exercises.ThreadsExercises;
import dev.gocon.course.toolbox.exercises.ToolboxExercises;
import dev.gocon.course.waitgroup.exercises.WaitGroupExercises;
import dev.gocon.course.workerpools.exercises.WorkerPoolsExercises;
import java.util.List;

/**
 * The course's exercises: one line per lesson that has some, in course order.
 *
 * <p>A lesson declares its exercises in its own folder, in a class such as
 * {@code ChannelsExercises} whose {@code create()} returns a {@link LessonExercises}; adding that
 * lesson's exercises to the course is then one line here. {@code sample.SampleExercises} shows one
 * exercise of each kind; it is a template and a test fixture, and is not part of the course.
 */
public final class ExerciseCatalog {

    private static final Exercises EXERCISES = Exercises.of(List.of(
            KitchensExercises.create(),
            ParallelismExercises.create(),
            ThreadsExercises.create(),
            GoroutinesExercises.create(),
            ChannelsExercises.create(),
            SelectExercises.create(),
            WaitGroupExercises.create(),
            MutexExercises.create(),
            RacesExercises.create(),
            AtomicsExercises.create(),
            ToolboxExercises.create(),
            WorkerPoolsExercises.create(),
            PipelinesExercises.create(),
            StressExercises.create(),
            SchedulerExercises.create(),
            TcpServerExercises.create(),
            BroadcastExercises.create(),
            CancellationExercises.create(),
            ErrorsExercises.create()));

    private ExerciseCatalog() {
    }

    /** Every exercise of the course. */
    public static Exercises exercises() {
        return EXERCISES;
    }
}
