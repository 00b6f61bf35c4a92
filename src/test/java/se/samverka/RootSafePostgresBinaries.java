package se.samverka;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * Zonky's PostgreSQL binaries, repacked so that they work when the tests run as root (CI and these machines do).
 * PostgreSQL's {@code initdb} and {@code postgres} refuse to run as root, and zonky has no setting for the user
 * it runs them as: it always runs {@code bin/initdb} and {@code bin/pg_ctl} itself. So here those two become
 * small shell scripts that, when started as root, hand the data directory to {@code nobody} and run the real
 * program as {@code nobody} through {@code setpriv} (util-linux); {@code pg_ctl} then starts the server as
 * {@code nobody} too. Started by anyone else, the scripts just run the real program.
 *
 * <p>The repacked archive is cached in the temporary directory, keyed by the original's digest, so only the
 * first run on a machine pays the few seconds of recompressing.
 */
final class RootSafePostgresBinaries implements PgBinaryResolver {

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");

    private static final String NOBODY = "65534";

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] original;
        try (var in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            original = in.readAllBytes();
        }
        var cached = Path.of(
                System.getProperty("java.io.tmpdir"), "samverka-embedded-pg", "root-safe-" + digest(original) + ".txz");
        if (!Files.exists(cached)) {
            Files.createDirectories(cached.getParent());
            var partial = Files.createTempFile(cached.getParent(), "repack", ".part");
            repack(original, partial);
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new BufferedInputStream(Files.newInputStream(cached));
    }

    private static void repack(byte[] original, Path target) throws IOException {
        try (var in = new TarArchiveInputStream(new XZCompressorInputStream(new ByteArrayInputStream(original)));
                var out = new TarArchiveOutputStream(
                        new XZCompressorOutputStream(new BufferedOutputStream(Files.newOutputStream(target)), 1))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(name)) {
                    entry.setName(name + ".real");
                    copy(in, out, entry);
                    addScript(out, name, name.substring(name.indexOf('/') + 1));
                } else {
                    copy(in, out, entry);
                }
            }
        }
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry)
            throws IOException {
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }

    private static void addScript(TarArchiveOutputStream out, String name, String program) throws IOException {
        var script = """
				#!/bin/sh
				# Samverka's tests: PostgreSQL refuses to run as root, so as root run %1$s as nobody (see RootSafePostgresBinaries)
				real="$(dirname "$0")/%1$s.real"
				if [ "$(id -u)" = 0 ]; then
				  previous=""
				  for argument in "$@"; do
				    if [ "$previous" = "-D" ]; then chown -R %2$s:%2$s "$argument"; fi
				    previous="$argument"
				  done
				  exec setpriv --reuid=%2$s --regid=%2$s --clear-groups "$real" "$@"
				fi
				exec "$real" "$@"
				""".formatted(program, NOBODY).getBytes(StandardCharsets.UTF_8);
        var entry = new TarArchiveEntry(name);
        entry.setMode(0100755);
        entry.setSize(script.length);
        out.putArchiveEntry(entry);
        out.write(script);
        out.closeArchiveEntry();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
