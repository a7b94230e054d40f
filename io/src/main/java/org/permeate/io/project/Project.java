package org.permeate.io.project;

import java.nio.file.Path;
import java.util.List;

/**
 * A project file as read: its cases, each a system design ready to be solved.
 *
 * @param file  the file it was read from (its name only, for text read by {@link ProjectReader#read(String, String, boolean)})
 * @param cases the cases, in file order, at least one
 */
public record Project(Path file, List<ProjectCase> cases) {

    public Project {
        if (file == null) {
            throw new IllegalArgumentException("a project needs its file");
        }
        cases = List.copyOf(cases);
    }
}
