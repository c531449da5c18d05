package dev.gocon.course.scheduler;

/** A class whose initialiser blocks for 50 ms: a virtual thread cannot unmount while it runs. */
final class SlowToInitialise {

    static {
        try {
            Thread.sleep(PinningDemo.BLOCK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SlowToInitialise() {
    }
}
