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
    static final int MAX_ENTRIES = 20_000;

    private final long maxExpandedBytes;
    private final int maxRatio;

    ZipGuard(long maxExpandedBytes, int maxRatio) {
        this.maxExpandedBytes = maxExpandedBytes;
        this.maxRatio = maxRatio;
    }

    /** Receives the entries of a zip one at a time. */
    @FunctionalInterface
    interface Visitor {
        /**
         * One wanted entry.
         *
         * @param path  the entry's path in the zip
         * @param bytes its inflated bytes, or null when it is larger than the walk's per-entry limit
         * @param size  its inflated size (over the limit: the limit + 1 at least)
         */
        void entry(String path, byte[] bytes, long size) throws LoadException;
    }

    /**
     * Checks the whole zip and returns the entries accepted by {@code keep}, in zip order.
     * Entry names are read as UTF-8 and, if that fails (older Chinese zips), as GB18030.
     */
    Map<String, byte[]> scan(byte[] zip, String name, Predicate<String> keep) throws LoadException {
        Map<String, byte[]> kept = new LinkedHashMap<>();
        walk(zip, name, keep, Long.MAX_VALUE, (p, b, size) -> kept.put(p, b));
        return kept;
    }

    /**
     * Walks the zip in order and hands each entry accepted by {@code keep} to {@code visitor}
     * before reading the next, so only one entry's bytes are held at a time; an entry larger than
     * {@code maxEntryBytes} is counted (for the bomb guard) but not kept. Entry names are read as
     * UTF-8 unless the central directory holds a name that is not UTF-8 (older Chinese zips): then
     * as GB18030.
     *
     * @throws LoadException when the zip is damaged or a bomb; entries visited before stay visited
     */
    void walk(byte[] zip, String name, Predicate<String> keep, long maxEntryBytes, Visitor visitor)
            throws LoadException {
        if (!hasEndOfCentralDirectory(zip)) {
            throw new LoadException(name, LoadException.Reason.CORRUPT,
                    "zip container is truncated (no end-of-central-directory record)");
        }
        int declared = declaredEntries(zip);
        if (declared > MAX_ENTRIES) {
            throw new LoadException(name, LoadException.Reason.TOO_LARGE, "zip container has " + declared
                    + " entries, more than " + MAX_ENTRIES + "; nothing was read");
        }
        Charset names = namesAreUtf8(zip) ? StandardCharsets.UTF_8 : TextDecoder.GB18030;
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
                long size = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    expanded += n;
                    size += n;
                    if (out != null) {
                        if (size > maxEntryBytes) {
                            out = null;   // too big to keep: counted on, never held
                        } else {
                            out.write(buf, 0, n);
                        }
                    }
                    if (expanded > maxExpandedBytes) {
                        throw new LoadException(name, LoadException.Reason.TOO_LARGE,
                                "zip container expands to more than " + maxExpandedBytes
                                        + " bytes (zip bomb?)", LoadException.Remedy.MAX_EXPANDED_BYTES, null);
                    }
                    if (expanded > RATIO_GRACE_BYTES && expanded > (long) maxRatio * Math.max(1, raw.count)) {
                        throw new LoadException(name, LoadException.Reason.TOO_LARGE,
                                "zip bomb: " + expanded + " bytes expanded from " + raw.count
                                        + " compressed (ratio over " + maxRatio + ":1)");
                    }
                }
                if (wanted) {
                    visitor.entry(e.getName(), out == null ? null : out.toByteArray(), size);
                }
            }
        } catch (EOFException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "zip container is truncated", e);
        } catch (ZipException e) {
            throw ReportLoader.zipFailure(name, e);
        } catch (IOException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "unreadable zip container: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "unreadable entry name: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new LoadException(name, LoadException.Reason.CORRUPT, "zip container holds no entries (truncated?)");
        }
    }

    /**
     * False when an entry name in the central directory is not valid UTF-8 (and not flagged as
     * UTF-8): such zips come from older Chinese tools and name their entries in GBK. Unparseable
     * directories say true and are left to the walk to reject.
     */
    static boolean namesAreUtf8(byte[] b) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return true;
        }
        int count = u16(b, eocd + 10);
        long at = u32(b, eocd + 16);
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        for (int k = 0; k < count; k++) {
            if (at < 0 || at + 46 > b.length || u32(b, (int) at) != 0x02014b50L) {
                return true;
            }
            int p = (int) at;
            int nameLength = u16(b, p + 28);
            int next = p + 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
            if (p + 46 + nameLength > b.length) {
                return true;
            }
            boolean flaggedUtf8 = (u16(b, p + 8) & 0x800) != 0;
            if (!flaggedUtf8) {
                try {
                    utf8.reset().decode(java.nio.ByteBuffer.wrap(b, p + 46, nameLength));
                } catch (java.nio.charset.CharacterCodingException e) {
                    return false;
                }
            }
            at = next;
        }
        return true;
    }

    /** The entry count the end-of-central-directory record declares (0 when there is none; zip64 counts as 0). */
    static int declaredEntries(byte[] b) {
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06) {
                int count = u16(b, i + 10);
                return count == 0xFFFF ? 0 : count;
            }
        }
        return 0;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
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
