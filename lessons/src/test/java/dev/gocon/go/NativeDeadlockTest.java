package dev.gocon.go;

class NativeDeadlockTest extends DeadlockContract {
    @Override
    Harness h() {
        return new Harness.Native();
    }
}
