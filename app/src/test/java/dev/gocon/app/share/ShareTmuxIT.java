package dev.gocon.app.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gocon.app.Tmux;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class as it happens: {@code ./gocon present kitchens --share} in one tmux pane, two students
 * following in panes of other sizes, and a headless Chromium on the follow page. All show the same
 * slide, each at its own size; when the instructor moves on, so do they; when the instructor quits,
 * the followers are told the session ended. Skipped without tmux (and the browser part without Chromium).
 */
class ShareTmuxIT {

    private static final Pattern JOIN = Pattern.compile("gocon follow (127\\.0\\.0\\.1:\\d+) --code ([a-z]+-[a-z]+-\\d+-\\d+)");

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void twoFollowersAndABrowserSeeTheSlideThePresenterShows() throws Exception {
        assumeTrue(Tmux.available(), "tmux is installed");
        try (Tmux presenter = Tmux.start("share", 100, 30,
                "GOCON_NO_AOT=1 ./gocon present kitchens --share --listen 127.0.0.1:0; echo \"exit=$?\"; sleep 60")) {
            String first = presenter.await(p -> JOIN.matcher(p).find() && p.contains("kitchens · 1/"), "the join line");
            Matcher join = JOIN.matcher(first);
            assertTrue(join.find());
            String target = join.group(1);
            String code = join.group(2);
            String heading = firstText(first);

            try (Tmux narrow = follower("narrow", 70, 20, target, code);
                 Tmux wide = follower("wide", 120, 40, target, code)) {
                for (Tmux student : List.of(narrow, wide)) {
                    String screen = student.await(p -> p.contains("kitchens · 1/"), "the first slide, followed");
                    assertTrue(screen.contains(heading), "the student sees the slide's title '" + heading + "':\n" + screen);
                }
                String browser = chromium("http://" + target + "/?code=" + code);
                if (browser != null) {
                    assertTrue(browser.contains(heading), "the browser shows the slide:\n" + browser);
                }

                presenter.send("Space");
                presenter.await(p -> p.contains("kitchens · 2/"), "the second slide");
                for (Tmux student : List.of(narrow, wide)) {
                    student.await(p -> p.contains("kitchens · 2/"), "the second slide, followed");
                }
                String narrowScreen = narrow.capture();
                assertEquals(20, narrowScreen.lines().count(), "drawn at the student's own size");

                presenter.send("C-c");
                presenter.await(p -> p.contains("exit=130"), "the presenter's exit");
                for (Tmux student : List.of(narrow, wide)) {
                    String after = student.await(p -> p.contains("exit="), "the follower's exit");
                    assertTrue(after.contains("has ended") && after.contains("exit=0"), after);
                }
            }
        }
    }

    private static Tmux follower(String name, int width, int height, String target, String code) throws Exception {
        return Tmux.start(name, width, height, "GOCON_NO_AOT=1 ./gocon follow " + target + " --code " + code
                + "; echo \"exit=$?\"; sleep 60");
    }

    /** The first line of text on the screen: the slide's title. */
    private static String firstText(String screen) {
        return screen.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElseThrow();
    }

    /** The page's text after it loaded in headless Chromium, with a screenshot beside it; null without Chromium. */
    private String chromium(String url) throws Exception {
        Path png = dir.resolve("follow.png");
        try {
            Process shot = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--screenshot=" + png, "--window-size=1000,700", url)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
            assertTrue(shot.waitFor(120, TimeUnit.SECONDS), "chromium took the screenshot");
        } catch (java.io.IOException noChromium) {
            return null;
        }
        assertTrue(Files.size(png) > 10_000, "a screenshot with something on it");
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "gocon-follow-page.png");
        Files.copy(png, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process dom = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--dump-dom", url).redirectError(dir.resolve("dom.log").toFile()).start();
        String html = new String(dom.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(dom.waitFor(120, TimeUnit.SECONDS), "chromium dumped the page");
        return html.replaceAll("<[^>]+>", "");
    }
}
