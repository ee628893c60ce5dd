package io.parley.bench.client;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark only ever talks to this machine: a load generator pointed at someone else's
 * server by a typo would be an attack. It also picks the local addresses to connect from, since
 * one address has only about 28,000 ephemeral ports towards a given server port.
 */
public final class Loopback {

    private Loopback() {
    }

    /** Refuses a URL whose host is not a loopback address. */
    public static void check(URI url) {
        if (url.getHost() == null) {
            throw new IllegalArgumentException("--url needs a host, e.g. http://127.0.0.1:8080");
        }
        for (InetAddress address : resolve(url.getHost())) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("--url must point at this machine (a loopback address), not " + url.getHost());
            }
        }
    }

    /**
     * {@code count} addresses 127.0.0.1, 127.0.0.2, … to connect from; an empty list (the kernel
     * chooses) for one, which needs no binding.
     */
    public static List<InetAddress> sourceAddresses(URI url, int count) {
        if (count <= 1) {
            return List.of();
        }
        if (count > 254) {
            throw new IllegalArgumentException("--source-addresses can be at most 254");
        }
        if (!(resolve(url.getHost())[0] instanceof Inet4Address)) {
            throw new IllegalArgumentException("several source addresses need an IPv4 server address such as http://127.0.0.1:8080");
        }
        List<InetAddress> addresses = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            try {
                addresses.add(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) i}));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e); // four bytes are always a valid address
            }
        }
        return addresses;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve " + host, e);
        }
    }
}
