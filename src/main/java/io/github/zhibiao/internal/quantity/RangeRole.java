package io.github.zhibiao.internal.quantity;

/** Where a candidate stands in a range such as {@code 3万—5万元}. */
public enum RangeRole {
    /** Not part of a range. */
    NONE,
    /** The lower end; may borrow the upper end's unit and scale ({@code 3-5万元}: 3 is 30000 元). */
    LOW,
    /** The upper end. */
    HIGH
}
