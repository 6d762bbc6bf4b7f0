package io.github.zhibiao.internal.pipeline;

/**
 * A step that failed on its item (a rule meeting input no one foresaw): the driver wraps what the
 * step threw with the step's id, so the caller can contain the failure to that one item and say
 * which step it was.
 *
 * <pre>{@code
 * try { p.run(draft, t); } catch (StepFailure f) { skip(draft, f.step()); }
 * }</pre>
 */
public final class StepFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String step;

    /**
     * Wraps what a step threw.
     *
     * @param step  the id of the step that failed
     * @param cause what it threw
     */
    public StepFailure(String step, RuntimeException cause) {
        super(step + ": " + cause, cause);
        this.step = step;
    }

    /**
     * The id of the step that failed.
     *
     * @return the step id ({@code subject.before-number})
     */
    public String step() {
        return step;
    }
}
