package dev.gocon.go;

class SteppedTimeTest extends TimeContract {
    @Override
    Harness h() {
        return new Harness.Stepped();
    }
}
