package io.github.zhibiao.load;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Walks a zip container (docx, OFD, an archive of reports) once, inflating every entry with a
 * running check on expanded size and compression ratio, so a zip bomb is refused after at most
 * {@code maxExpandedBytes} of work and a truncated or damaged zip fails before any parser sees it.
 * Keeps the bytes of the entries a caller asks for. Stateless apart from its limits.
 */
final class ZipGuard {

    /** Below this many expanded bytes the ratio is not checked (small files compress well). */
    private static final long RATIO_GRACE_BYTES = 8L << 20;
    private static final int MAX_ENTRIES = 20_000;

    private final long maxExpandedBytes;
    private final int maxRatio;

    ZipGuard(long maxExpandedBytes, int maxRatio) {
        this.maxExpandedBytes = maxExpandedBytes;
        this.maxRatio = maxRatio;
    }

    /**
     * Checks the whole zip and returns the entries accepted by {@code keep}, in zip order.
     * Entry names are read as UTF-8 and, if that fails (older Chinese zips), as GB18030.
     */
    Map<String, byte[]> scan(byte[] zip, String name, Predicate<String> keep) throws LoadException {
        if (!hasEndOfCentralDirectory(zip)) {
            throw new LoadException(name, LoadException.Reason.CORRUPT,
                    "zip container is truncated (no end-of-central-directory record)");
        }
        try {
            return scan(zip, name, keep, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedName) {
            return scan(zip, name, keep, TextDecoder.GB18030);
        }
    }

    private Map<String, byte[]> scan(byte[] zip, String name, Predicate<String> keep, Charset names)
            throws LoadException {
        Map<String, byte[]> kept = new LinkedHashMap<>();
        CountingStream raw = new CountingStream(new ByteArrayInputStream(zip));
        long expanded = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(raw, names)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new LoadException(name, LoadException.Reason.TOO_LARGE,
                            "zip container has more than " + MAX_ENTRIES + " entries");
                }
                boolean wanted = !e.isDirectory() && keep.test(e.getName());
                java.io.ByteArrayOutputStream out = wanted ? new java.io.ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buf)) > 0) {
                    expanded += n;
                    if (out != null) {
                        out.write(buf, 0, n);
                    }
                    if (expanded > maxExpandedBytes) {
                        throw new LoadException(name, LoadException.Reason.TOO_LARGE,
                                "zip container expands to more than " + maxExpandedBytes
                                        + " bytes (zip bomb?); raise maxExpandedBytes if it is genuine");
                    }
                    if (expanded > RATIO_GRACE_BYTES && expanded > (long) maxRatio * Math.max(1, raw.count)) {
                        throw new LoadException(name, LoadException.Reason.TOO_LARGE,
                                "zip bomb: " + expanded + " bytes expanded from " + raw.count
                                        + " compressed (ratio over " + maxRatio + ":1)");
                    }
                }
                if (out != null) {
                    kept.put(e.getName(), out.toByteArray());
                }
            }
        } catch (EOFException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "zip container is truncated", e);
        } catch (ZipException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "damaged zip container: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "unreadable zip container: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "zip container holds no entries (truncated?)");
        }
        return kept;
    }

    /** A complete zip ends with the 22-byte EOCD record, possibly followed by a comment (< 64 KiB). */
    static boolean hasEndOfCentralDirectory(byte[] b) {
        int last = b.length - 22;
        int first = Math.max(0, last - 0xFFFF);
        for (int i = last; i >= first; i--) {
            if (b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06) {
                int commentLength = (b[i + 20] & 0xFF) | (b[i + 21] & 0xFF) << 8;
                return i + 22 + commentLength <= b.length;
            }
        }
        return false;
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
