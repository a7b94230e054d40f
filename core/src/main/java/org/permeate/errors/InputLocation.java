package org.permeate.errors;

/**
 * Where in the user's input an error lies: a file (or "command line"), a path inside it such as
 * {@code passes[0].stages[1].vessels}, and the line and column when the reader knows them
 * (0 when unknown).
 *
 * @param source file name or {@code "command line"}
 * @param path   path inside the document, empty when none
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record InputLocation(String source, String path, int line, int column) {

    public InputLocation {
        source = source == null ? "" : source;
        path = path == null ? "" : path;
    }

    /** @return a location naming only an option or field, e.g. {@code --temperature} */
    public static InputLocation field(final String path) {
        return new InputLocation("", path, 0, 0);
    }

    @Override
    public String toString() {
        final StringBuilder sb = new StringBuilder();
        if (!source.isEmpty()) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
        }
        if (!path.isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append(": ");
            }
            sb.append(path);
        }
        return sb.toString();
    }
}
