package dev.gocon.go;

class NativeSyncTest extends SyncContract {
    @Override
    Harness h() {
        return new Harness.Native();
    }
}
