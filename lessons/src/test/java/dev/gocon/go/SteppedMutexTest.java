package dev.gocon.go;

class SteppedMutexTest extends MutexContract {
    @Override
    Harness h() {
        return new Harness.Stepped();
    }
}
