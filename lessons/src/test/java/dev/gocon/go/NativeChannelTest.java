package dev.gocon.go;

class NativeChannelTest extends ChannelContract {
    @Override
    Harness h() {
        return new Harness.Native();
    }
}
