package dev.multichat.redis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Free loopback ports, never handed out twice in one JVM. */
final class FreePorts {
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();
    private static final int BUS_OFFSET = 10_000;
    private static final int HIGHEST = 55_535;

    private FreePorts() {
    }

    /**
     * @param withBus also require port + 10000 free (a cluster node's bus port)
     * @return a port that was free a moment ago
     */
    static int next(boolean withBus) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = free();
            if (port <= HIGHEST && (!withBus || isFree(port + BUS_OFFSET)) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("found no free loopback port (with its bus port) in 200 attempts");
    }

    private static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }
}
