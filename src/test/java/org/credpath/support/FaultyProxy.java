package org.credpath.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of a database's Bolt port, for fault tests: it forwards ({@link #heal}), forwards
 * nothing while keeping every connection open and accepting new ones ({@link #blackHole}: a network that drops
 * packets), resets every connection and refuses new ones ({@link #reset}: a database that went away), or is not
 * there at all ({@link #close}, then {@link #heal} listens on the same port again). Plain sockets, two threads a
 * connection.
 */
public final class FaultyProxy implements AutoCloseable {

    public enum Mode { FORWARD, BLACK_HOLE, RESET }

    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.FORWARD;
    private volatile ServerSocket server;

    /** A proxy to {@code targetPort} on loopback, on a free port where nothing listens yet (connection refused). */
    public FaultyProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        try (var probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + port;
    }

    /**
     * Forwards again; listens on the port if it was closed. Connections open through a black hole are reset: the bytes it
     * swallowed left them in no state to go on (a real partition long enough to matter ends the same way).
     */
    public synchronized void heal() throws IOException {
        if (mode == Mode.BLACK_HOLE) {
            sockets.forEach(FaultyProxy::abort);
            sockets.clear();
        }
        mode = Mode.FORWARD;
        listen();
    }

    /** Keeps connections open but passes no byte either way, and accepts new connections that never answer. */
    public synchronized void blackHole() throws IOException {
        mode = Mode.BLACK_HOLE;
        listen();
    }

    /** Resets every open connection, and every new one as it comes. */
    public synchronized void reset() throws IOException {
        mode = Mode.RESET;
        listen();
        sockets.forEach(FaultyProxy::abort);
        sockets.clear();
    }

    /** Stops listening (connection refused) and resets every open connection. */
    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        sockets.forEach(FaultyProxy::abort);
        sockets.clear();
    }

    private void listen() throws IOException {
        if (server != null) {
            return;
        }
        var socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        daemon(() -> accept(socket), "proxy-accept");
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                var client = socket.accept();
                if (mode == Mode.RESET) {
                    abort(client);
                    continue;
                }
                var target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(target);
                daemon(() -> pump(client, target), "proxy-up");
                daemon(() -> pump(target, client), "proxy-down");
            } catch (IOException e) {
                // closed, or a connection that failed: the next one may not
            }
        }
    }

    /** Copies bytes while forwarding; drops them while black-holed (the sender sees no error, the receiver nothing). */
    private void pump(Socket from, Socket to) {
        var buffer = new byte[16_384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (mode == Mode.FORWARD) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // reset or closed
        } finally {
            abort(from);
            abort(to);
        }
    }

    /** Closes with SO_LINGER 0: the peer gets a reset, not an orderly end. */
    private static void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static void daemon(Runnable task, String name) {
        var thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
