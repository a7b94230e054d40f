package org.permeate.properties;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * One line of the project's data files (RFC 4180 CSV): cells separated by commas, a cell in
 * double quotes may hold commas, and a doubled quote inside one stands for a quote. Used by the
 * element catalog, the design guidelines and the typical waters.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /**
     * @param line   the line
     * @param source the file it comes from, for the message
     * @param number its line number, for the message
     * @return its cells, unquoted (not trimmed)
     * @throws PermeateException {@link Message#UNPARSABLE_QUANTITY} for a quote left open
     */
    public static List<String> cells(final String line, final String source, final int number) {
        final List<String> cells = new ArrayList<>();
        final StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw PermeateException.located(new InputLocation(source, "", number, line.length()),
                    Message.UNPARSABLE_QUANTITY, "line " + number, "unterminated quote", "\"a, quoted cell\"");
        }
        cells.add(cell.toString());
        return cells;
    }
}
