package io.github.zhibiao.internal.pipeline;

import io.github.zhibiao.rules.RuleFormatException;
import io.github.zhibiao.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The driver on a toy pipeline of its own: order, modes, conditions, trace and the build checks. */
class PipelineTest {

    enum Slot { WORD, LENGTH, SEEN }

    /** The item: a word, what the steps wrote, and the order they ran in. */
    static final class Item {
        final String word;
        final List<String> ran = new ArrayList<>();
        String verdict;

        Item(String word) {
            this.word = word;
        }
    }

    /** A step that fires when the word contains {@code c}, writes its verdict and may name a sub-rule. */
    record Contains(String id, char c, Set<Slot> reads, Set<Slot> writes) implements Step<Item> {
        @Override
        public boolean apply(Item ctx, Tracer t) {
            ctx.ran.add(id);
            if (ctx.word.indexOf(c) < 0) {
                return false;
            }
            t.rule("rule-" + c);
            t.sub(id + ".sub", ctx.verdict, id);
            ctx.verdict = id;
            return true;
        }
    }

    private static final Map<String, Step<Item>> REGISTRY = registry(
            new Contains("toy.a", 'a', Set.of(Slot.WORD), Set.of(Slot.SEEN)),
            new Contains("toy.b", 'b', Set.of(Slot.WORD), Set.of(Slot.SEEN)),
            new Contains("toy.c", 'c', Set.of(Slot.SEEN), Set.of(Slot.LENGTH)),
            new Contains("toy.x", 'x', Set.of(Slot.WORD), Set.of()));

    private static final Map<String, Predicate<Item>> CONDITIONS = Map.of("long", i -> i.word.length() > 3);

    @SafeVarargs
    private static Map<String, Step<Item>> registry(Step<Item>... steps) {
        Map<String, Step<Item>> m = new LinkedHashMap<>();
        for (Step<Item> s : steps) {
            m.put(s.id(), s);
        }
        return m;
    }

    private static final String CATALOGUE = """
            step\ttoy.a\ttoy.first\tfires on a\tan a\ta|subject=toy.a
            step\ttoy.b\ttoy.first\tfires on b\ta b\tb|subject=toy.b
            step\ttoy.c\ttoy.all\tfires on c\ta c\tc|subject=toy.c
            step\ttoy.x\ttoy.guard\tfires on x\tan x\tx|no-record
            """;

    private static RuleSet rules(String stages) {
        return RuleSet.standalone(CATALOGUE + stages, "toy-pipeline.tsv");
    }

    private static Pipeline<Item> build(String stages) {
        return Pipeline.build("toy", rules(stages), REGISTRY, CONDITIONS, Set.of(Slot.WORD));
    }

    private static final String ORDER = """
            stage\ttoy.guard\tGUARD\ttoy.x
            stage\ttoy.first\tFIRST\ttoy.a|toy.b
            stage\ttoy.all\tALL,when=long\ttoy.c
            """;

    @Test
    void aFirstStageStopsAtTheFirstStepThatFiresAndSwappingTwoStepsChangesTheOutcome() {
        Item ab = new Item("ab");
        build(ORDER).run(ab, Tracer.NONE);
        assertThat(ab.verdict).isEqualTo("toy.a");
        assertThat(ab.ran).containsExactly("toy.x", "toy.a");

        Item swapped = new Item("ab");
        build(ORDER.replace("toy.a|toy.b", "toy.b|toy.a")).run(swapped, Tracer.NONE);
        assertThat(swapped.verdict).isEqualTo("toy.b");
    }

    @Test
    void aGuardEndsTheItemAndNamesItself() {
        Item x = new Item("xab");
        assertThat(build(ORDER).run(x, Tracer.NONE)).isEqualTo("toy.x");
        assertThat(x.ran).containsExactly("toy.x");
        assertThat(build(ORDER).run(new Item("ab"), Tracer.NONE)).isNull();
    }

    @Test
    void aConditionSkipsItsStage() {
        Item shortWord = new Item("ac");
        build(ORDER).run(shortWord, Tracer.NONE);
        assertThat(shortWord.ran).doesNotContain("toy.c");
        Item longWord = new Item("aacc");
        build(ORDER).run(longWord, Tracer.NONE);
        assertThat(longWord.verdict).isEqualTo("toy.c");
        Item negated = new Item("ac");
        build(ORDER.replace("when=long", "when=!long")).run(negated, Tracer.NONE);
        assertThat(negated.verdict).isEqualTo("toy.c");
    }

    @Test
    void theDriverTracesEachStepThatFiredBeforeItsSubRulesWithTheRuleItApplied() {
        Tracer t = Tracer.recording();
        build(ORDER).run(new Item("aacc"), t);
        assertThat(t.ids()).containsExactly("toy.a:rule-a", "toy.a.sub", "toy.c:rule-c", "toy.c.sub");
        assertThat(t.fired().get(3).before()).isEqualTo("toy.a");
        assertThat(t.fired().get(3).after()).isEqualTo("toy.c");
        assertThat(Tracer.NONE.ids()).isEmpty();
    }

    @Test
    void theOrderAcrossStagesIsTheFilesOrder() {
        assertThat(build(ORDER).order()).containsExactly("toy.x", "toy.a", "toy.b", "toy.c");
    }

    @Test
    void aDisabledStepLeavesItsStage() {
        Pipeline<Item> p = Pipeline.build("toy", rules(ORDER).with("disable\ttoy.a\t-\tnot wanted here\n", "mine.tsv"),
                REGISTRY, CONDITIONS, Set.of(Slot.WORD));
        Item ab = new Item("ab");
        p.run(ab, Tracer.NONE);
        assertThat(ab.verdict).isEqualTo("toy.b");
        assertThat(p.order()).containsExactly("toy.x", "toy.b", "toy.c");
    }

    @Test
    void buildingFailsWithTheLineOfTheRowAtFault() {
        assertThatThrownBy(() -> build(ORDER.replace("toy.a|toy.b", "toy.a|toy.b|toy.q")))
                .isInstanceOf(RuleFormatException.class).hasMessageContaining("toy-pipeline.tsv:6:")
                .hasMessageContaining("no step toy.q");
        assertThatThrownBy(() -> build(ORDER.replace("\ttoy.c\n", "\ttoy.c|toy.a\n")))
                .hasMessageContaining("toy-pipeline.tsv:7:").hasMessageContaining("is in stage toy.first already");
        assertThatThrownBy(() -> build(ORDER.replace("toy.a|toy.b", "toy.a")))
                .hasMessageContaining("step toy.b of the toy pipeline is in no stage");
        // toy.c reads SEEN: written by the first stage, so it may not run before it.
        String cFirst = "stage\ttoy.all\tALL\ttoy.c\nstage\ttoy.guard\tGUARD\ttoy.x\nstage\ttoy.first\tFIRST\ttoy.a|toy.b\n";
        assertThatThrownBy(() -> build(cFirst)).hasMessageContaining("toy-pipeline.tsv:5:")
                .hasMessageContaining("reads SEEN");
        assertThatThrownBy(() -> build(ORDER.replace("when=long", "when=tall")))
                .hasMessageContaining("unknown condition tall");
        assertThatThrownBy(() -> build(ORDER.replace("GUARD", "SOME")))
                .hasMessageContaining("unknown stage mode 'SOME'");
        assertThatThrownBy(() -> Pipeline.build("toy", RuleSet.empty().with(CATALOGUE.replace("\tan x\tx|no-record", ""), "c.tsv")
                .with("", "x").with(ORDER, "o.tsv"), REGISTRY, CONDITIONS, Set.of(Slot.WORD)))
                .isInstanceOf(RuleFormatException.class);
    }

    @Test
    void aStepRowMustNameItsStage() {
        assertThatThrownBy(() -> Pipeline.build("toy", RuleSet.standalone(CATALOGUE.replace("toy.all", "toy.other")
                + ORDER, "t.tsv"), REGISTRY, CONDITIONS, Set.of(Slot.WORD)))
                .hasMessageContaining("t.tsv:3:").hasMessageContaining("its arg must name its stage, toy.all");
    }

    @Test
    void aRulesFileOfOnesOwnMayDisableButNotAddAStageNorDisableWhatIsNotThere() {
        assertThatThrownBy(() -> RuleSet.defaults().with("stage\tindicator.mine\tALL\tsubject.after-number\n", "mine.tsv"))
                .hasMessageContaining("mine.tsv:1:");
        assertThatThrownBy(() -> RuleSet.defaults().with("disable\tno-such-rule\t-\twhy\n", "mine.tsv"))
                .hasMessageContaining("mine.tsv:1: disable no-such-rule: no rule or step has this id");
        assertThat(RuleSet.defaults().without("reject-aspect").disabled("reject-aspect")).isTrue();
        assertThatThrownBy(() -> RuleSet.defaults().without("no-such-rule")).isInstanceOf(IllegalArgumentException.class);
    }
}
