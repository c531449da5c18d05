package dev.gocon.app.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;

/**
 * The code students type to follow a shared session, such as {@code plum-oven-4829-13071}: two words
 * and two numbers drawn from a {@link SecureRandom}, about 42 bits (64 x 64 x 10,000 x 100,000
 * possibilities), easy to read aloud from a projector. Every connection must bring it.
 */
public final class ShareCode {

    private static final List<String> FIRST = List.of(
            "plum", "lemon", "basil", "cumin", "fig", "pear", "mint", "sage", "thyme", "olive", "onion", "leek",
            "kale", "bean", "rice", "corn", "date", "lime", "kiwi", "melon", "mango", "apple", "berry", "cherry",
            "peach", "grape", "honey", "sugar", "salt", "pepper", "ginger", "garlic", "clove", "anise", "caper",
            "chive", "dill", "fennel", "nutmeg", "saffron", "vanilla", "cocoa", "coffee", "tea", "butter", "cream",
            "cheese", "bread", "pasta", "noodle", "tofu", "egg", "yam", "beet", "radish", "squash", "pumpkin",
            "carrot", "celery", "tomato", "potato", "almond", "walnut", "hazel");
    private static final List<String> SECOND = List.of(
            "oven", "stove", "pan", "pot", "ladle", "whisk", "knife", "board", "shelf", "sink", "tray", "bowl",
            "plate", "cup", "jug", "kettle", "grill", "wok", "sieve", "spoon", "fork", "apron", "table", "counter",
            "pantry", "larder", "cellar", "garden", "market", "bakery", "cafe", "diner", "river", "hill", "field",
            "forest", "meadow", "valley", "harbor", "island", "lake", "brook", "stone", "cloud", "rain", "snow",
            "wind", "sun", "moon", "star", "dawn", "dusk", "spring", "summer", "autumn", "winter", "north", "south",
            "east", "west", "bridge", "tower", "lantern", "candle");

    private final String text;

    private ShareCode(String text) {
        this.text = text;
    }

    /** A fresh random code. */
    public static ShareCode random() {
        SecureRandom random = new SecureRandom();
        return new ShareCode(FIRST.get(random.nextInt(FIRST.size())) + "-" + SECOND.get(random.nextInt(SECOND.size()))
                + "-" + random.nextInt(10_000) + "-" + random.nextInt(100_000));
    }

    /** A given code (for tests). */
    public static ShareCode of(String text) {
        return new ShareCode(text);
    }

    /** True if {@code offered} is this code; takes the same time wherever they differ. */
    public boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(text.getBytes(StandardCharsets.UTF_8),
                offered.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return text;
    }
}
