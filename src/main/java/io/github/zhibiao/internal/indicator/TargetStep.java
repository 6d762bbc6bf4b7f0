package io.github.zhibiao.internal.indicator;

import io.github.zhibiao.internal.pipeline.Tracer;

import java.util.EnumSet;

/**
 * The target steps: {@code target.section}, a number after a plan heading or title ({@code
 * 四、今年工作安排}) is a goal; {@code target.word}, so is one after a plan word earlier in its
 * sentence ({@code 力争全年接待游客达到2000万人次}).
 */
final class TargetStep {

    private TargetStep() {
    }

    /** {@code target.section}: the number stands in the plan section of the report. */
    static final class Section extends DraftStep {
        Section() {
            super("target.section", EnumSet.of(Slot.SITE), EnumSet.of(Slot.TARGET));
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            d.target = s.q().start() >= s.planFrom();
            return d.target;
        }
    }

    /** {@code target.word}: a plan word earlier in the sentence; tried when the section made no goal. */
    static final class Word extends DraftStep {
        private final PlanFinder plans;

        Word(PlanFinder plans) {
            super("target.word", EnumSet.of(Slot.SITE, Slot.TARGET), EnumSet.of(Slot.TARGET));
            this.plans = plans;
        }

        @Override
        boolean apply(Site s, Draft d, Tracer t) {
            if (d.target) {
                return false;
            }
            d.target = plans.plannedBy(s.v().substring(s.sentenceStart(), s.q().start()));
            return d.target;
        }
    }
}
