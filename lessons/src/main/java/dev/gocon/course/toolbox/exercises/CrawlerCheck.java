package dev.gocon.course.toolbox.exercises;

import dev.gocon.course.exercise.Check;
import dev.gocon.go.Go;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Checks {@code Crawler.crawl} on nine urls with a fetch that counts how many fetches are running at
 * once: every page comes back, never more than three fetches run together, and, under the stepped
 * scheduler, where the nine fetches' sleeps overlap deterministically, exactly three do at some point.
 * The count comes from the fetches themselves, never from the clock.
 */
public final class CrawlerCheck implements Check {

    private static final int CAP = 3;

    @Override
    public void verify(Class<?> learner, Context context) throws Exception {
        List<String> urls = IntStream.rangeClosed(1, 9).mapToObj(i -> "/page/" + i).toList();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Function<String, String> fetch = url -> {
            int now = running.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            Go.sleep(Duration.ofMillis(100)); // the fetch itself
            running.decrementAndGet();
            return "<html>" + url + "</html>";
        };
        Object got = learner.getMethod("crawl", List.class, Function.class).invoke(null, urls, fetch);
        TreeSet<String> expected = new TreeSet<>(urls.stream().map(u -> "<html>" + u + "</html>").toList());
        if (!(got instanceof List<?> pages) || pages.size() != urls.size()
                || !expected.equals(new TreeSet<>(pages.stream().map(String::valueOf).toList()))) {
            throw new AssertionError("crawl returned " + got + ", expected the 9 pages, each once, in any order");
        }
        if (most.get() > CAP) {
            throw new AssertionError(most.get() + " fetches ran at once; the site allows at most " + CAP);
        }
        if (context.virtualTime() && most.get() < CAP) {
            throw new AssertionError("at most " + most.get() + " fetch(es) ran at once; the cap is " + CAP
                    + ", and the crawl should use it");
        }
    }

    @Override
    public int steppedSeeds() {
        return 20;
    }
}
