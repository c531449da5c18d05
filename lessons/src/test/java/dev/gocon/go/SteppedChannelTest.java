package dev.gocon.go;

class SteppedChannelTest extends ChannelContract {
    @Override
    Harness h() {
        return new Harness.Stepped();
    }
}
