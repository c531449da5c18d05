package dev.gocon.go;

class SteppedWaitGroupTest extends WaitGroupContract {
    @Override
    Harness h() {
        return new Harness.Stepped();
    }
}
