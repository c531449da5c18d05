package dev.gocon.go;

class SteppedDeadlockTest extends DeadlockContract {
    @Override
    Harness h() {
        return new Harness.Stepped();
    }
}
