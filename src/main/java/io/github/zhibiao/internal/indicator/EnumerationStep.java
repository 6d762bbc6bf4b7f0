package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.model.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code subject.enumeration-item}: the numbers of {@code A、B、C…分别增长x、y、z} each measure their
 * own item ({@code 小麦、玉米、大豆产量分别增长2.1%、3.4%、5.6%}: 3.4% measures 玉米产量); {@code
 * delta.enumeration-verb}: all say what the shared verb says (change, direction, target). Applied
 * once all numbers of a text have their drafts, since an enumeration's items are read at its last.
 */
final class EnumerationStep {
    private final Enumerations enumerations;
    private final Categorizer categorizer;

    EnumerationStep(Enumerations enumerations, Categorizer categorizer) {
        this.enumerations = enumerations;
        this.categorizer = categorizer;
    }

    /** Applies the step to the drafts of one text, in document order. */
    void share(String v, List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft first = drafts.get(i);
            Enumerations.Found f = enumerations.at(v, first.quantity.start());
            if (f == null) {
                continue;
            }
            int j = i;
            List<Draft> members = new ArrayList<>();
            while (j < drafts.size() && drafts.get(j).quantity.start() < f.end()) {
                members.add(drafts.get(j++));
            }
            Draft last = members.get(members.size() - 1);
            // When the list's first figures gave no record, the verb's change is read from the list.
            Direction shared = f.change() != null ? f.change() : first.direction;
            boolean itemsFit = f.items().size() == f.elementOf(v, last.quantity.start()) + 1 && f.items().size() > 1;
            for (Draft d : members) {
                if (itemsFit) {
                    d.subject = f.items().get(f.elementOf(v, d.quantity.start()));
                    d.step("subject.enumeration-item");
                    Categorizer.Verdict verdict = categorizer.categorize(d.measure, d.subject);
                    d.category = verdict.category();
                    d.ruleId = verdict.ruleId();
                }
                if (d.direction != shared || d != first && first.target && !d.target) {
                    d.step("delta.enumeration-verb");
                }
                d.direction = shared;
                d.target = d.target || first.target;
            }
            i = j - 1;
        }
    }

}
