package dev.gocon.go;

class TracedChannelTest extends ChannelContract {
    @Override
    Harness h() {
        return new Harness.Traced();
    }
}
