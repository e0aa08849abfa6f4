package id.inbox.auth;

import id.inbox.common.InboxConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a request comes from, for throttling. It is the connection's peer, unless that peer is
 * one of the configured reverse proxies: then X-Forwarded-For is read from the right, skipping trusted
 * proxies, and the first other address is the client (entries to its left are the client's to forge).
 * X-Forwarded-For from anyone else is ignored.
 */
@ApplicationScoped
public class ClientAddress {

    private record Range(byte[] network, int prefixBits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefixBits;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trustedProxies = new ArrayList<>();

    ClientAddress(InboxConfig config) {
        for (String entry : config.http().trustedProxies().orElse(List.of())) {
            String[] parts = entry.strip().split("/", 2);
            byte[] network = parse(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("inbox.http.trusted-proxies: not an IP address or range: " + entry);
            }
            trustedProxies.add(new Range(network, parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8));
        }
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (!isTrusted(peer)) {
            return peer;
        }
        String forwarded = String.join(",", request.headers().getAll("X-Forwarded-For"));
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            if (parse(hop) == null) {
                return peer; // a malformed chain: trust nothing in it
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = parse(address);
        return bytes != null && trustedProxies.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The bytes of a literal IPv4 or IPv6 address; null for anything else (never a DNS lookup). */
    private static byte[] parse(String literal) {
        String value = literal.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        boolean ipv4 = value.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean ipv6 = value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(value).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
