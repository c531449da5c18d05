package dev.gocon.go;

class NativeMutexTest extends MutexContract {
    @Override
    Harness h() {
        return new Harness.Native();
    }
}
