package io.github.zhibiao.model;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an indicator measures: one of the nine categories of the record contract
 * ({@code eval/SCHEMA.md}), or a category a rules file declares ({@code category-def}), such as
 * {@code HOSPITAL_BEDS}, which follows the counting or percentage logic of a built-in base.
 *
 * <p>Used like an enum: the built-in categories are constants ({@code Category.FUNDING}), compared
 * with {@code ==} or {@code equals}; {@link #name()} is the name written in every output format.
 * Immutable; built-in constants stay unique through serialization.
 */
public final class Category implements Comparable<Category>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Rates of enrollment, admission, progression, retention, dropout or attainment: 入学率, 巩固率. */
    public static final Category ENROLLMENT_RATE = new Category("ENROLLMENT_RATE", null, 0);
    /** Every money amount: budgets, spending, subsidies, salaries, unit-cost standards, output, revenue. */
    public static final Category FUNDING = new Category("FUNDING", null, 1);
    /** Counts of schools, kindergartens, campuses, teaching points, colleges. */
    public static final Category SCHOOL_COUNT = new Category("SCHOOL_COUNT", null, 2);
    /** Counts of students, pupils, children in school, enrollees, graduates. */
    public static final Category STUDENT_COUNT = new Category("STUDENT_COUNT", null, 3);
    /** Counts of teachers, principals, staff of schools. */
    public static final Category TEACHER_COUNT = new Category("TEACHER_COUNT", null, 4);
    /** Every other percent or percentage-point figure: shares, growth rates, coverage, pass rates. */
    public static final Category PERCENTAGE = new Category("PERCENTAGE", null, 5);
    /** {@code a:1} ratios such as 生师比. */
    public static final Category RATIO = new Category("RATIO", null, 6);
    /** Floor or land area. */
    public static final Category AREA = new Category("AREA", null, 7);
    /** Every other count or physical quantity. */
    public static final Category COUNT = new Category("COUNT", null, 8);

    private static final Category[] BUILT_IN = {ENROLLMENT_RATE, FUNDING, SCHOOL_COUNT, STUDENT_COUNT,
        TEACHER_COUNT, PERCENTAGE, RATIO, AREA, COUNT};
    /** What a declared category may follow: the categories the subject's words decide (counts and percentages). */
    private static final List<Category> BASES = List.of(ENROLLMENT_RATE, PERCENTAGE, SCHOOL_COUNT, STUDENT_COUNT,
            TEACHER_COUNT, COUNT);

    /** The name written in every output format. */
    private final String name;
    /** The built-in category whose logic this one follows; null for a built-in category itself. */
    private final Category base;
    /** Position among the built-in categories; declared ones come after them. */
    private final int order;

    private Category(String name, Category base, int order) {
        this.name = name;
        this.base = base;
        this.order = order;
    }

    /**
     * A category of the user's own.
     *
     * @param name its name, upper-case letters, digits and {@code _}, starting with a letter; not a built-in name
     * @param base the built-in category whose counting or percentage logic it follows (one of {@link #bases()})
     * @return the category
     * @throws IllegalArgumentException for a malformed or built-in name, or a base that is not one of {@link #bases()}
     */
    public static Category declare(String name, Category base) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("category name '" + name + "': upper-case letters, digits and _, starting with a letter");
        }
        if (Arrays.stream(BUILT_IN).anyMatch(c -> c.name.equals(name))) {
            throw new IllegalArgumentException("category " + name + " is built in");
        }
        if (!BASES.contains(Objects.requireNonNull(base, "base"))) {
            throw new IllegalArgumentException("category " + name + ": base " + base + " is not one of " + BASES);
        }
        return new Category(name, base, BUILT_IN.length);
    }

    /**
     * The built-in category of this name.
     *
     * @param name a built-in category's name ({@code FUNDING})
     * @return the constant
     * @throws IllegalArgumentException when no built-in category has this name
     */
    public static Category valueOf(String name) {
        for (Category c : BUILT_IN) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no built-in category " + name);
    }

    /**
     * The nine built-in categories, in the contract's order.
     *
     * @return a new array of them
     */
    public static Category[] values() {
        return BUILT_IN.clone();
    }

    /**
     * The names of the categories a declared category may follow.
     *
     * @return ENROLLMENT_RATE, PERCENTAGE and the count categories
     */
    public static Set<String> bases() {
        return BASES.stream().map(Category::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The name written in every output format ({@code FUNDING}, {@code HOSPITAL_BEDS}).
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The built-in category whose logic this one follows: itself for a built-in category.
     *
     * @return the base category
     */
    public Category base() {
        return base == null ? this : base;
    }

    /**
     * Whether this is one of the nine categories of the record contract.
     *
     * @return true for a built-in category
     */
    public boolean builtIn() {
        return base == null;
    }

    /**
     * Built-in categories in the contract's order, then declared ones by name.
     *
     * @param o the category to compare with
     * @return negative, zero or positive as this one comes before, with or after {@code o}
     */
    @Override
    public int compareTo(Category o) {
        int c = Integer.compare(order, o.order);
        return c != 0 ? c : name.compareTo(o.name);
    }

    /**
     * Equal when name and base are.
     *
     * @param o another object
     * @return whether it is the same category
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Category c && c.name.equals(name) && Objects.equals(c.base, base);
    }

    /**
     * The name's hash.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * The name, as {@link #name()}.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }

    /**
     * Keeps the built-in constants unique.
     *
     * @return the constant of a built-in category, else this one
     * @throws ObjectStreamException never
     */
    private Object readResolve() throws ObjectStreamException {
        return base == null ? valueOf(name) : this;
    }
}
