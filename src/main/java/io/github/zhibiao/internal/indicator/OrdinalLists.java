package io.github.zhibiao.internal.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of ordinals that share the last item's noun ({@code 第一、二、三产业}), read into their items.
 * Stateless.
 */
final class OrdinalLists {

    private OrdinalLists() {
    }

    /**
     * A list of ordinals that share the last one's noun ({@code 第一、二、三产业} → 第一产业, 第二产业,
     * 第三产业): each item an ordinal alone, the last one an ordinal and its noun; 第 is shared too.
     * Null when the list is not one.
     */
    static List<String> expand(List<String> raw) {
        String last = raw.get(raw.size() - 1);
        int lastDigits = ordinalLength(last);
        if (lastDigits == 0 || lastDigits == last.length()) {
            return null;
        }
        boolean di = raw.get(0).startsWith(Particles.ORDINAL);
        String head = last.substring(lastDigits);
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String item = i == raw.size() - 1 ? last.substring(0, lastDigits) : raw.get(i);
            if (ordinalLength(item) != item.length()) {
                return null;
            }
            out.add((di && !item.startsWith(Particles.ORDINAL) ? Particles.ORDINAL : "") + item + head);
        }
        return out;
    }

    /** The length of the ordinal an item opens with ({@code 第二}, {@code 三}: one numeral, after 第 or not), else 0. */
    private static int ordinalLength(String item) {
        int p = item.startsWith(Particles.ORDINAL) ? Particles.ORDINAL.length() : 0;
        return p < item.length() && "一二三四五六七八九十".indexOf(item.charAt(p)) >= 0 ? p + 1 : 0;
    }
}
