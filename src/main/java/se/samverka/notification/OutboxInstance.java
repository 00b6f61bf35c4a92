package se.samverka.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name under which this app instance claims outbox messages. It must stay the same across a restart of the
 * instance and differ between instances sharing the database: {@code samverka.notification.instance-id}
 * (SAMVERKA_INSTANCE_ID), or else the host name and the server port.
 */
record OutboxInstance(String id) {

    OutboxInstance {
        if (id == null || id.isBlank() || id.length() > 200) {
            throw new IllegalArgumentException("An outbox instance id has 1 to 200 characters");
        }
    }

    static OutboxInstance of(String configured, int port) {
        if (configured != null && !configured.isBlank()) {
            return new OutboxInstance(configured.strip());
        }
        return new OutboxInstance(hostName() + ":" + port);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
