package dev.gocon.go;

class TracedDeadlockTest extends DeadlockContract {
    @Override
    Harness h() {
        return new Harness.Traced();
    }
}
