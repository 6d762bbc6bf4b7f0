package io.github.zhibiao.internal.indicator;

/**
 * {@code target.section}: a number after a plan heading or title ({@code 四、今年工作安排}) is a goal;
 * {@code target.word}: so is one after a plan word earlier in its sentence ({@code 力争全年接待游客
 * 达到2000万人次}).
 */
final class TargetStep implements Step {
    private final PlanFinder plans;

    TargetStep(PlanFinder plans) {
        this.plans = plans;
    }

    @Override
    public String id() {
        return "target.section";
    }

    @Override
    public boolean apply(Site s, Draft d) {
        int at = s.q().start();
        d.target = at >= s.planFrom() || plans.plannedBy(s.v().substring(s.sentenceStart(), at));
        if (d.target) {
            d.step(at >= s.planFrom() ? "target.section" : "target.word");
        }
        return d.target;
    }
}
