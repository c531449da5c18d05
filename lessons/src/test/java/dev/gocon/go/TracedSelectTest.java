package dev.gocon.go;

class TracedSelectTest extends SelectContract {
    @Override
    Harness h() {
        return new Harness.Traced();
    }
}
