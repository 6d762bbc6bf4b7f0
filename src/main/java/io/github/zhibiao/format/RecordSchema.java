package io.github.zhibiao.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The record contract as data: its version, the JSON Schema of a JSON Lines record (the resource
 * {@code io/github/zhibiao/format/record.schema.json}, printed by {@code zhibiao schema}; the page
 * {@code docs/FORMATS.md} explains it) and the build that wrote a file.
 *
 * <pre>{@code
 * String schema = RecordSchema.jsonSchema();     // {"$schema": ..., "properties": {"doc": ...
 * RecordSchema.VERSION;                          // "1"
 * RecordSchema.zhibiaoVersion();                 // "0.1.0-SNAPSHOT"
 * }</pre>
 *
 * <p>The version changes when a field is added, removed, renamed or changes its type or meaning.
 */
public final class RecordSchema {

    /** The version of the record contract: written in the Parquet footer as {@code zhibiao.schema.version}. */
    public static final String VERSION = "1";

    private static final Properties BUILD = build();

    private RecordSchema() {
    }

    /**
     * The JSON Schema (draft 2020-12) of one JSON Lines record.
     *
     * @return the schema's text
     */
    public static String jsonSchema() {
        try (InputStream in = RecordSchema.class.getResourceAsStream("record.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("record.schema.json missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * zhibiao's version, as the build recorded it.
     *
     * @return the version ({@code 0.1.0-SNAPSHOT}), or {@code unknown}
     */
    public static String zhibiaoVersion() {
        return property("version");
    }

    /**
     * The commit the build was made from ({@code git rev-parse HEAD} at build time).
     *
     * @return the commit id, or {@code unknown} for a build without git (a source tarball)
     */
    public static String commit() {
        return property("commit");
    }

    /**
     * What the Parquet footer says about the writer: {@code zhibiao.schema.version},
     * {@code zhibiao.version} and {@code zhibiao.commit}.
     *
     * @return a new map
     */
    public static Map<String, String> footer() {
        return Map.of("zhibiao.schema.version", VERSION, "zhibiao.version", zhibiaoVersion(), "zhibiao.commit", commit());
    }

    private static String property(String key) {
        String v = BUILD.getProperty(key, "").strip();
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }

    private static Properties build() {
        Properties p = new Properties();
        try (InputStream in = RecordSchema.class.getResourceAsStream("/io/github/zhibiao/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // unknown version
        }
        return p;
    }
}
