package io.github.zhibiao.format;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Parquet page compression with the JDK's gzip: parquet-java's own codec factory loads Hadoop's
 * compression classes even for gzip, and the other codecs bring native libraries (snappy, zstd)
 * that would double the command line's jar. Gzip pages are read by every Parquet reader.
 */
final class GzipCodecFactory implements CompressionCodecFactory {

    static final GzipCodecFactory INSTANCE = new GzipCodecFactory();

    private static final BytesInputCompressor COMPRESSOR = new BytesInputCompressor() {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(64, bytes.size() / 4));
            try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
                bytes.writeAllTo(gz);
            }
            return BytesInput.from(out.toByteArray());
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.GZIP;
        }

        @Override
        public void release() {
        }
    };

    private static final BytesInputDecompressor DECOMPRESSOR = new BytesInputDecompressor() {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            try (InputStream in = new GZIPInputStream(bytes.toInputStream())) {
                return BytesInput.from(in.readNBytes(uncompressedSize));
            }
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            BytesInput plain = decompress(BytesInput.from(in), uncompressedSize);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(uncompressedSize);
            plain.writeAllTo(bytes);   // toByteArray() is deprecated
            output.put(bytes.toByteArray());
        }

        @Override
        public void release() {
        }
    };

    private GzipCodecFactory() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return check(codec) ? COMPRESSOR : null;
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return check(codec) ? DECOMPRESSOR : null;
    }

    @Override
    public void release() {
    }

    private static boolean check(CompressionCodecName codec) {
        if (codec != CompressionCodecName.GZIP) {
            throw new IllegalArgumentException("only GZIP pages are supported here, not " + codec);
        }
        return true;
    }
}
