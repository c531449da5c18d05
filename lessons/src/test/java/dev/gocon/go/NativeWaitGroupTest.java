package dev.gocon.go;

class NativeWaitGroupTest extends WaitGroupContract {
    @Override
    Harness h() {
        return new Harness.Native();
    }
}
