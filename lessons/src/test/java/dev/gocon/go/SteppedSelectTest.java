package dev.gocon.go;

class SteppedSelectTest extends SelectContract {
    @Override
    Harness h() {
        return new Harness.Stepped();
    }
}
