package example;

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.api.Extraction;
import io.github.zhibiao.format.JsonLinesWriter;
import io.github.zhibiao.model.Indicator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Extracts from a text and prints the records, as a developer's first program would. */
public final class FirstRecords {

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String text = args.length > 0 ? String.join(" ", args)
                : "全市新增公办幼儿园11所，投入资金2.5亿元，小学适龄儿童入学率99.77%。";
        Extraction r = Zhibiao.extract("example.txt", text);
        out.println(r.doc() + ": " + r.indicators().size() + " indicators");
        for (Indicator i : r.indicators()) {
            out.println(i.subject() + " = " + i.value().toPlainString() + " " + i.unit() + " (" + i.category() + ")");
        }
        out.print(JsonLinesWriter.toString(List.of(r)));
    }
}
