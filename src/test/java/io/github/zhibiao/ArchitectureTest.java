package io.github.zhibiao;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealed core, checked on the sources and classes of {@code src/main}: no package cycles, no
 * import against the pipeline direction, and no exported signature that names a type of a package
 * {@code module-info.java} does not export.
 *
 * <p>The layers, lowest first; a package may use its own layer and those below, never one above, and
 * above {@code api} only the exported packages.
 * They follow the data (design: {@code PIPELINE.md} §4): the records' types and the rules come first
 * (everything reads them), then loading, then the driver the staged passes run on; then the text
 * view, the quantity finder, the segmenter the indicator steps run around each number, the indicator
 * reading and the tables (which read their cells with the quantity grammar and the indicator
 * categorizer); then the public API that wires them, the facade over it, and the writers and command
 * line on top. {@code internal.pipeline} sits below the text view because it is a mechanism that
 * knows no stage; {@code internal.segment} above the quantity finder as the design has it, which
 * puts the script conversion that text cleaning needs in {@code internal.text}.
 *
 * <pre>{@code
 * import io.github.zhibiao.internal.table.Grid;   // in internal.indicator: a backward import, fails
 * }</pre>
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.zhibiao";
    private static final Path SOURCES = Path.of("src/main/java");

    /** Layers, lowest first; the packages of one layer may use each other (but not in a cycle). */
    static final List<List<String>> LAYERS = List.of(
            List.of("model"),
            List.of("rules"),
            List.of("load"),
            List.of("internal.pipeline"),
            List.of("internal.text"),
            List.of("internal.quantity"),
            List.of("internal.segment"),
            List.of("internal.indicator"),
            List.of("internal.table"),
            List.of("api"),
            List.of(""),
            List.of("format"),
            List.of("cli"));

    /** A reference to a type of this library: an import, a static import or a qualified name in code. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\bio\\.github\\.zhibiao((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

    @Test
    void everyPackageIsInALayer() throws IOException {
        Set<String> layered = new TreeSet<>();
        LAYERS.forEach(layered::addAll);
        assertThat(dependencies().keySet()).allSatisfy(p -> assertThat(layered).as("layers").contains(p));
    }

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        assertThat(cycles(deps)).as("package cycles").isEmpty();
    }

    @Test
    void noImportAgainstThePipelineDirection() throws IOException {
        assertThat(backwardEdges(dependencies())).as("imports against the layer order " + LAYERS).isEmpty();
    }

    @Test
    void theFacadeWritersAndCommandLineUseThePublicApiOnly() throws IOException {
        assertThat(pastTheApi(dependencies())).as("imports of sealed packages above the API").isEmpty();
    }

    @Test
    void noExportedSignatureNamesASealedType() throws Exception {
        assertThat(leaks(exportedPackages())).as("exported signatures naming sealed types").isEmpty();
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        Map<String, Set<String>> deps = new TreeMap<>(Map.of(
                "internal.indicator", Set.of("internal.table", "model"),
                "internal.table", Set.of("internal.indicator"),
                "cli", Set.of("internal.segment", "api")));
        assertThat(cycles(deps)).containsExactly("internal.indicator -> internal.table -> internal.indicator");
        assertThat(backwardEdges(deps)).containsExactly("internal.indicator -> internal.table");
        assertThat(pastTheApi(deps)).containsExactly("cli -> internal.segment");
        assertThat(references("import io.github.zhibiao.internal.table.Grid;\n"
                + "// io.github.zhibiao.cli.Main in a comment\n"
                + "String s = \"io.github.zhibiao.format.Csv\"; io.github.zhibiao.Zhibiao.extract(s);"))
                .containsExactly("internal.table", "");
    }

    // ---- sources -------------------------------------------------------------------------------------

    /** Package (relative to the root, "" for the root) to the other packages its sources name. */
    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.getFileName().toString().equals("module-info.java")) {
                    continue;
                }
                String pkg = relative(SOURCES.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.'));
                Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String used : references(Files.readString(f, StandardCharsets.UTF_8))) {
                    if (!used.equals(pkg)) {
                        out.add(used);
                    }
                }
            }
        }
        return deps;
    }

    /** The packages of this library that code (not comments, not string literals) names. */
    static Set<String> references(String source) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(code(source));
        while (m.find()) {
            out.add(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
        }
        return out;
    }

    /** The source with comments and string and character literals blanked, and the package line dropped. */
    static String code(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                b.append(' ');
            } else if (c == '"' || c == '\'') {
                boolean block = c == '"' && s.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                i += close.length();
                while (i < s.length() && !s.startsWith(close, i)) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i += close.length();
                b.append("\"\"");
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString().replaceAll("(?m)^\\s*package\\s+[\\w.]+\\s*;", "");
    }

    private static String relative(String qualified) {
        return qualified.equals(ROOT) ? "" : qualified.substring(ROOT.length() + 1);
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        throw new AssertionError("package in no layer: " + (pkg.isEmpty() ? ROOT : pkg));
    }

    static List<String> backwardEdges(Map<String, Set<String>> deps) {
        List<String> out = new ArrayList<>();
        deps.forEach((from, tos) -> tos.stream()
                .filter(to -> layer(to) > layer(from))
                .forEach(to -> out.add(name(from) + " -> " + name(to))));
        return out;
    }

    /**
     * The layers above {@code api} (the facade, the writers, the command line) are the library's own
     * first users: they name the exported packages only, as a user's module must.
     */
    static List<String> pastTheApi(Map<String, Set<String>> deps) {
        int api = layer("api");
        List<String> out = new ArrayList<>();
        deps.forEach((from, tos) -> tos.stream()
                .filter(to -> layer(from) > api && to.startsWith("internal."))
                .forEach(to -> out.add(name(from) + " -> " + name(to))));
        return out;
    }

    /** Each cycle once, as a path from its smallest package back to it. */
    static List<String> cycles(Map<String, Set<String>> deps) {
        Set<String> out = new TreeSet<>();
        for (String start : deps.keySet()) {
            walk(start, start, new ArrayList<>(List.of(start)), deps, out);
        }
        return new ArrayList<>(out);
    }

    private static void walk(String start, String at, List<String> path, Map<String, Set<String>> deps, Set<String> out) {
        for (String next : deps.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                out.add(String.join(" -> ", cycle.stream().map(ArchitectureTest::name).toList()));
            } else if (next.compareTo(start) > 0 && !path.contains(next)) {
                path.add(next);
                walk(start, next, path, deps, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg;
    }

    // ---- exported signatures -------------------------------------------------------------------------

    /** The packages {@code module-info.java} exports, qualified. */
    static Set<String> exportedPackages() throws IOException {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;")
                .matcher(code(Files.readString(SOURCES.resolve("module-info.java"))));
        while (m.find()) {
            out.add(m.group(1));
        }
        assertThat(out).as("exports").isNotEmpty();
        return out;
    }

    /** Each public or protected member of an exported public type that names a sealed type. */
    static List<String> leaks(Set<String> exported) throws Exception {
        List<String> out = new ArrayList<>();
        for (String pkg : exported) {
            Path dir = SOURCES.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String simple = f.getFileName().toString().replace(".java", "");
                    if (!simple.equals("package-info")) {
                        leaks(Class.forName(pkg + "." + simple), exported, out);
                    }
                }
            }
        }
        return out;
    }

    private static void leaks(Class<?> type, Set<String> exported, List<String> out) {
        if (!visible(type.getModifiers())) {
            return;
        }
        String where = type.getName();
        check(where + " extends", type.getGenericSuperclass(), exported, out);
        for (Type t : type.getGenericInterfaces()) {
            check(where + " implements", t, exported, out);
        }
        for (Class<?> permitted : type.isSealed() ? type.getPermittedSubclasses() : new Class<?>[0]) {
            check(where + " permits", permitted, exported, out);
        }
        for (TypeVariable<?> v : type.getTypeParameters()) {
            check(where + "<" + v + ">", v, exported, out);
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                check(where + "." + c.getName(), c.getGenericType(), exported, out);
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f)) {
                check(where + "." + f.getName(), f.getGenericType(), exported, out);
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c)) {
                executable(where + "(…)", c, exported, out);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
                check(where + "." + m.getName() + " returns", m.getGenericReturnType(), exported, out);
                executable(where + "." + m.getName(), m, exported, out);
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (visible(nested.getModifiers()) || Modifier.isProtected(nested.getModifiers())) {
                leaks(nested, exported, out);
            }
        }
    }

    private static void executable(String where, Executable e, Set<String> exported, List<String> out) {
        for (Type p : e.getGenericParameterTypes()) {
            check(where + " takes", p, exported, out);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            check(where + " throws", x, exported, out);
        }
        for (TypeVariable<?> v : e.getTypeParameters()) {
            check(where + "<" + v + ">", v, exported, out);
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers);
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    private static void check(String where, Type t, Set<String> exported, List<String> out) {
        check(where, t, exported, out, new LinkedHashSet<>());
    }

    private static void check(String where, Type t, Set<String> exported, List<String> out, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.getName().startsWith(ROOT + ".") && !exported.contains(c.getPackageName())) {
                out.add(where + " " + c.getName());
            }
        } else if (t instanceof ParameterizedType p) {
            check(where, p.getRawType(), exported, out, seen);
            check(where, p.getOwnerType(), exported, out, seen);
            for (Type a : p.getActualTypeArguments()) {
                check(where, a, exported, out, seen);
            }
        } else if (t instanceof GenericArrayType g) {
            check(where, g.getGenericComponentType(), exported, out, seen);
        } else if (t instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .forEach(b -> check(where, b, exported, out, seen));
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(where, b, exported, out, seen);
            }
        }
    }
}
