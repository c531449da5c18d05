package dev.gocon.go;

class TracedTimeTest extends TimeContract {
    @Override
    Harness h() {
        return new Harness.Traced();
    }
}
