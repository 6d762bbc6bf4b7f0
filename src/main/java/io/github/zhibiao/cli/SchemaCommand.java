package io.github.zhibiao.cli;

import io.github.zhibiao.format.RecordSchema;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code zhibiao schema}: the JSON Schema of a JSON Lines record, on standard output. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        header = "Prints the JSON Schema of a JSON Lines record (record schema version " + RecordSchema.VERSION + ").",
        description = "The record contract as data: docs/FORMATS.md explains each field.")
final class SchemaCommand implements Callable<Integer> {

    private final OutputStream out;

    SchemaCommand(OutputStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try {
            out.write(RecordSchema.jsonSchema().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // a reader that stopped early: nothing more to say
        }
        return 0;
    }
}
