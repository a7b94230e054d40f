package org.permeate.io.project;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.permeate.element.catalog.Catalog;
import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Reads a project file (docs/project-format.md): YAML ({@code .yaml}, {@code .yml}) or JSON
 * ({@code .json}), with the same keys in both. Every mistake in the file — syntax, an unknown or
 * missing key, a value without its unit or of the wrong kind, a value out of range, an unknown
 * element or feed source — is a {@link PermeateException} whose message starts with
 * {@code file:line:column: path:} and names the value and what is allowed.
 */
public final class ProjectReader {

    /** The version of the format this reader reads. */
    public static final int FORMAT_VERSION = 1;

    static final String[] KEYS = {"format-version", "project", "description", "catalog", "cases"};

    private ProjectReader() {
    }

    /**
     * @param file a project file, {@code .yaml}, {@code .yml} or {@code .json}
     * @return the project
     * @throws PermeateException for a missing or unreadable file and every mistake in it
     */
    public static Project read(final Path file) {
        final boolean json = isJson(file);
        return parse(text(file), file, json);
    }

    /** @return whether the file is JSON by its extension (else YAML); refuses other extensions */
    static boolean isJson(final Path file) {
        final String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        final String lower = name.toLowerCase(Locale.ROOT);
        final boolean json;
        if (lower.endsWith(".json")) {
            json = true;
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            json = false;
        } else {
            throw PermeateException.located(new InputLocation(file.toString(), "", 0, 0), Message.UNKNOWN_CHOICE,
                    "project file type", name.contains(".") ? name.substring(name.lastIndexOf('.')) : name,
                    ".yaml, .yml (YAML) or .json (JSON)");
        }
        return json;
    }

    /** @return the file's text, UTF-8; a missing or unreadable file is a located error */
    static String text(final Path file) {
        final String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PermeateException(e, new InputLocation(file.toString(), "", 0, 0), Message.MISSING,
                    "project file", "an existing file; " + file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new PermeateException(e, new InputLocation(file.toString(), "", 0, 0), Message.MISSING,
                    "project file", "a text file in UTF-8");
        } catch (IOException e) {
            throw new PermeateException(e, new InputLocation(file.toString(), "", 0, 0), Message.MISSING,
                    "project file", "a readable file: " + e.getMessage());
        }
        return text;
    }

    /**
     * @param text     the file's text
     * @param fileName its name, for messages; a {@code catalog} in it is found relative to it
     * @param json     JSON if true, YAML otherwise
     * @return the project
     * @throws PermeateException for every mistake in the text
     */
    public static Project read(final String text, final String fileName, final boolean json) {
        return parse(text, Path.of(fileName), json);
    }

    private static Project parse(final String text, final Path file, final boolean json) {
        final String source = file.toString();
        final Located root = Located.root(source, TreeParser.parse(text, source, json));
        final Section top = root.section(KEYS);
        top.optional("format-version").ifPresent(v -> v.count(FORMAT_VERSION, FORMAT_VERSION));
        top.optional("project").ifPresent(v -> v.text("a title for the project"));
        top.optional("description").ifPresent(v -> v.text("a description of the project"));
        final Catalog catalog = top.optional("catalog").map(c -> catalog(c, file)).orElse(Catalog.SHIPPED);

        final List<Located> raw = top.required("cases", "a list of cases, each with a name, a feed and passes")
                .list("case");
        final List<ProjectCase> cases = new ArrayList<>();
        final Map<String, Located> byName = new HashMap<>();
        for (Located c : raw) {
            final Located merged = inherit(c, byName);
            final ProjectCase pc = CaseReader.read(merged, catalog);
            byName.put(pc.name(), merged);
            cases.add(pc);
        }
        return new Project(file, cases);
    }

    /**
     * @return the case with what it inherits ({@code based-on}) laid under it; its name checked unique
     */
    private static Located inherit(final Located c, final Map<String, Located> earlier) {
        final Section s = c.section(CaseReader.KEYS);
        final Located nameAt = s.required("name", "a name for the case, e.g. design");
        final String name = nameAt.text("a name for the case, e.g. design");
        if (earlier.containsKey(name)) {
            throw nameAt.error(Message.DUPLICATE, "case name", name, earlier.get(name).node().line());
        }
        final var base = s.optional("based-on");
        if (base.isEmpty()) {
            return c;
        }
        final String baseName = base.get().text("the name of an earlier case");
        final Located b = earlier.get(baseName);
        if (b == null) {
            throw base.get().error(Message.UNKNOWN_CHOICE, "based-on", baseName,
                    earlier.isEmpty() ? "none (it must name a case written before this one)"
                            : String.join(", ", earlier.keySet()) + " (cases written before this one)");
        }
        final Node own = ((Node.MapNode) c.node()).without("based-on");
        final Node inheritedNoName = ((Node.MapNode) b.node()).without("based-on");
        return c.with(Node.merge(inheritedNoName, own));
    }

    private static Catalog catalog(final Located at, final Path projectFile) {
        final String written = at.text("the path of a CSV file of elements (catalog format)");
        final Path dir = projectFile.getParent();
        final Path path = dir == null ? Path.of(written) : dir.resolve(written);
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return Catalog.SHIPPED.with(r, path.toString());
        } catch (NoSuchFileException e) {
            throw at.error(Message.MISSING, "catalog", "an existing file; " + path + " does not exist");
        } catch (IOException e) {
            throw at.error(Message.MISSING, "catalog", "a readable file: " + e.getMessage());
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }
}
