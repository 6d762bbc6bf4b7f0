// zhibiao in JShell. Open with:
//     jshell --class-path target/zhibiao-all.jar src/main/jshell/zhibiao.jsh
// then:
//     var r = extract("testdata/reports/sample-education-report.txt");   // a file or a folder
//     show(r)              aligned table: subject, value, unit, category, marks
//     csv(r)               CSV text (RFC 4180);  save(r, "out.csv") or save(r, "out.jsonl") writes a file
//     maps(r)              list of maps, one per record, keys in record-contract order
//     tally(r)             records per category
//     show(text("全市新增公办幼儿园11所。"))   extract from a text typed in

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.api.Extractor;
import io.github.zhibiao.format.*;
import io.github.zhibiao.load.LoadException;
import io.github.zhibiao.model.*;
import java.nio.file.*;
import java.util.*;

/** A report file gives one result; a folder every report under it, sorted (a bad file is reported and skipped). */
List<Extraction> extract(String fileOrFolder) throws Exception {
    Path p = Path.of(fileOrFolder);
    if (!Files.isDirectory(p)) {
        return List.of(Zhibiao.extract(p));
    }
    return Zhibiao.extractAll(p, null, (file, e) -> System.err.println("skipped " + file + ": " + e.getMessage()));
}

/** The result of a text typed in. */
List<Extraction> text(String text) {
    return List.of(Zhibiao.extract(text));
}

/** An Extraction or a list of them, as a list: every helper below takes either. */
List<Extraction> results(Object r) {
    if (r instanceof Extraction e) {
        return List.of(e);
    }
    List<Extraction> list = new ArrayList<>();
    for (Object o : (Collection<?>) r) {
        list.add((Extraction) o);
    }
    return list;
}

/** Prints the records as an aligned table, then how many there are. */
void show(Object r) {
    List<Extraction> all = results(r);
    System.out.print(Table.render(all));
    long n = all.stream().mapToLong(e -> e.indicators().size()).sum();
    System.out.println(n + (n == 1 ? " indicator" : " indicators") + " from "
            + all.size() + (all.size() == 1 ? " report" : " reports"));
}

/** CSV text, RFC 4180, header line first. */
String csv(Object r) {
    return CsvWriter.toString(results(r));
}

/** JSON Lines text, one record per line. */
String jsonl(Object r) {
    return JsonLinesWriter.toString(results(r));
}

/** One map per record, keys in record-contract order. */
List<Map<String, Object>> maps(Object r) {
    return Records.maps(results(r));
}

/** Records per category. */
Map<Category, Long> tally(Object r) {
    return Records.tally(results(r));
}

/** Writes the records to a file you name: CSV with a byte order mark (Excel) for .csv, else JSON Lines. */
Path save(Object r, String file) throws Exception {
    Path p = Path.of(file);
    String text = file.endsWith(".csv") ? CsvWriter.BOM + csv(r) : jsonl(r);
    return Files.writeString(p, text, java.nio.charset.StandardCharsets.UTF_8);
}

System.out.println("zhibiao ready: show(extract(\"path/to/report.docx\")), csv(r), maps(r), tally(r), save(r, \"out.csv\")");
