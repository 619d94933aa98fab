package dev.multichat.spi;

/** The {@link ChangeSignals} of a backend without a native change source. */
enum NoSignals implements ChangeSignals {
    INSTANCE;

    @Override
    public void start(ChangeSink sink) {
        // nothing to watch: the core hints its own writes and checks periodically
    }

    @Override
    public void close() {
        // nothing to release
    }
}
