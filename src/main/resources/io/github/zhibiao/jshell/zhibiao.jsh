// zhibiao in JShell. Shipped inside zhibiao-all.jar; open with:
//     java -jar target/zhibiao-all.jar jshell
// then:
//     var r = extract("testdata/reports/sample-education-report.txt");   // one report: an Extraction
//     r.diagnostics()      what the loader warned about;  r.indicators() the records
//     var all = extractAll("testdata/reports");   // a folder or a .zip: a list of Extractions
//     show(r)              aligned table of the first 50 records: subject, value, unit, category, marks
//     showAll(r)           every record
//     csv(r), jsonl(r)     prints CSV (RFC 4180) or JSON Lines;  csvText(r), jsonlText(r) give the text
//     save(r, "out.csv")   writes a file in the format its name says (.jsonl, .csv, .tsv, .txt, .parquet; + .gz)
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

boolean isArchive(Path p) {
    return p.getFileName() != null && p.getFileName().toString().toLowerCase().endsWith(".zip");
}

/** The result of one report file (r.indicators(), r.diagnostics()); for a folder or a .zip, extractAll. */
Extraction extract(String file) throws Exception {
    Path p = Path.of(file);
    if (Files.isDirectory(p) || isArchive(p)) {
        throw new IllegalArgumentException(file + " holds many reports: extractAll(\"" + file + "\") gives a list of them");
    }
    return Zhibiao.extract(p);
}

/**
 * Every report under a folder, sorted, or in a .zip (a bad file or member is reported and skipped);
 * for one file, a list of its one result.
 */
List<Extraction> extractAll(String fileOrFolder) throws Exception {
    Path p = Path.of(fileOrFolder);
    if (!Files.isDirectory(p) && !isArchive(p)) {
        return List.of(Zhibiao.extract(p));
    }
    return Zhibiao.extractAll(p, null, (file, e) -> System.err.println("skipped " + file + ": " + e.getMessage()));
}

/** The result of a text typed in. */
Extraction text(String text) {
    return Zhibiao.extract(text);
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

/** Rows show(r) prints before it stops: a big folder would scroll for minutes. */
int SHOW_ROWS = 50;

/** Prints the first rows records as an aligned table, then how many there are. */
void showRows(Object r, int rows) {
    List<Extraction> all = results(r);
    List<Extraction> shown = new ArrayList<>();
    int left = rows;
    for (Extraction e : all) {
        if (left <= 0) {
            break;
        }
        List<Indicator> some = e.indicators().size() <= left ? e.indicators() : e.indicators().subList(0, left);
        left -= some.size();
        shown.add(new Extraction(e.doc(), e.loadedText(), e.context(), some, e.diagnostics()));
    }
    // the doc column whenever the results span reports, even when the rows shown come from one
    System.out.print(Table.render(shown, false, all.stream().map(Extraction::doc).distinct().count() > 1));
    long n = all.stream().mapToLong(e -> e.indicators().size()).sum();
    long cut = n - shown.stream().mapToLong(e -> e.indicators().size()).sum();
    if (cut > 0) {
        System.out.println("... " + cut + " more (showAll(r) prints every record)");
    }
    System.out.println(n + (n == 1 ? " indicator" : " indicators") + " from "
            + all.size() + (all.size() == 1 ? " report" : " reports"));
}

/** Prints the first 50 records as an aligned table, then how many there are (showAll(r) for every one). */
void show(Object r) {
    showRows(r, SHOW_ROWS);
}

/** Prints every record as an aligned table, then how many there are. */
void showAll(Object r) {
    showRows(r, Integer.MAX_VALUE);
}

/** CSV text, RFC 4180, header line first. */
String csvText(Object r) {
    return CsvWriter.toString(results(r));
}

/** JSON Lines text, one record per line. */
String jsonlText(Object r) {
    return JsonLinesWriter.toString(results(r));
}

/** Prints the records as CSV, header line first (csvText(r) gives the text; JShell would echo it cut and escaped). */
void csv(Object r) {
    System.out.print(csvText(r));
}

/** Prints the records as JSON Lines (jsonlText(r) gives the text). */
void jsonl(Object r) {
    System.out.print(jsonlText(r));
}

/** One map per record, keys in record-contract order. */
List<Map<String, Object>> maps(Object r) {
    return Records.maps(results(r));
}

/** Records per category. */
Map<Category, Long> tally(Object r) {
    return Records.tally(results(r));
}

/**
 * Writes the records to a file in the format its name says: .jsonl, .csv and .tsv (with a byte order
 * mark, for Excel), .txt (tables), .parquet; a further .gz gzips. Any other name is refused.
 */
Path save(Object r, String file) throws Exception {
    return OutputFile.save(results(r), Path.of(file));
}

System.out.println("zhibiao ready: var r = extract(\"path/to/report.docx\"); show(r), showAll(r), csv(r), maps(r), tally(r), save(r, \"out.csv\"); extractAll(\"folder\")");
