package dev.gocon.go;

class SteppedSyncTest extends SyncContract {
    @Override
    Harness h() {
        return new Harness.Stepped();
    }
}
