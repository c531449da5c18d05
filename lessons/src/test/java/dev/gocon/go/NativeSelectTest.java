package dev.gocon.go;

class NativeSelectTest extends SelectContract {
    @Override
    Harness h() {
        return new Harness.Native();
    }
}
