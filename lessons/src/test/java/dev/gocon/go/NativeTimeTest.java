package dev.gocon.go;

class NativeTimeTest extends TimeContract {
    @Override
    Harness h() {
        return new Harness.Native();
    }
}
